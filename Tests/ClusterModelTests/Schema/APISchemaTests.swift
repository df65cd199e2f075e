import Testing

@testable import ClusterModel

@Suite struct APISchemaTests {
    @Test func everyServedKindHasARootDefinition() throws {
        for type in ResourceType.all {
            let root = try #require(APISchema.kubernetes.root(apiVersion: type.apiVersion, kind: type.kind), "\(type.kind)")
            #expect(root.name == type.kind)
            #expect(root.fields["metadata"]?.type == .object("meta.v1.ObjectMeta"))
        }
    }

    @Test func fieldsCarryTypesRequirednessAndMergeKeys() throws {
        let schema = APISchema.kubernetes
        let spec = try #require(schema.definition("apps.v1.DeploymentSpec"))
        #expect(spec.fields["replicas"]?.type == .int32)
        #expect(spec.fields["selector"]?.required == true)
        #expect(spec.fields["strategy"]?.patchStrategy == "retainKeys")
        let podSpec = try #require(schema.definition("core.v1.PodSpec"))
        #expect(podSpec.fields["terminationGracePeriodSeconds"]?.type == .int64)
        let containers = try #require(podSpec.fields["containers"])
        #expect(containers.type == .list(.object("core.v1.Container")))
        #expect(containers.mergeKey == "name")
        #expect(containers.mergesByKey)
        let ports = try #require(schema.definition("core.v1.Container")?.fields["ports"])
        #expect(ports.mergeKey == "containerPort")
        #expect(schema.definition("core.v1.Container")?.fields["args"]?.mergesByKey == false)
        #expect(schema.resolve(try #require(schema.definition("core.v1.ServicePort")?.fields["targetPort"]).type) == .intOrString)
        #expect(schema.resolve(try #require(schema.definition("core.v1.ResourceRequirements")?.fields["limits"]).type) == .map(.quantity))
        #expect(schema.definition("meta.v1.ObjectMeta")?.fields["labels"]?.type == .map(.string))
        #expect(schema.definition("core.v1.Container")?.goName == "v1.Container")
    }

    @Test func lifecycleSleepIsKnown() throws {
        // The tutorial's preStop hook could be written with `sleep`; the schema must know it.
        let handler = try #require(APISchema.kubernetes.definition("core.v1.LifecycleHandler"))
        #expect(handler.fields["sleep"]?.type == .object("core.v1.SleepAction"))
        #expect(APISchema.kubernetes.definition("core.v1.SleepAction")?.fields["seconds"]?.required == true)
    }
}
