import ClusterModel
import Testing

@testable import Kubectl

/// The patch client-side apply computes, compared in full with what kubectl's `CreateThreeWayMergePatch` builds.
@Suite struct ThreeWayMergePatchTests {
    private let schema = APISchema.kubernetes
    private var podSpec: SchemaDefinition { schema.definition("core.v1.PodSpec")! }

    private func patch(_ original: JSONValue?, _ modified: JSONValue, _ current: JSONValue, definition: SchemaDefinition? = nil) -> String {
        ThreeWayMergePatch(schema: schema).patch(original: original, modified: modified, current: current, definition: definition ?? podSpec)
            .compactJSON
    }

    @Test func nothingChangedIsAnEmptyPatch() {
        let spec: JSONValue = ["containers": [["name": "a", "image": "nginx"]]]
        var live = spec
        live["dnsPolicy"] = "ClusterFirst"  // set by the server; the manifest does not name it
        #expect(patch(spec, spec, live) == "{}")
    }

    @Test func containersMergeByNameWithTheirOrder() {
        let old: JSONValue = ["containers": [["name": "a", "image": "nginx"], ["name": "b", "image": "busybox"]]]
        let new: JSONValue = ["containers": [["name": "a", "image": "nginx"], ["name": "b", "image": "busybox:1.36"]]]
        #expect(
            patch(old, new, old)
                == #"{"$setElementOrder/containers":[{"name":"a"},{"name":"b"}],"containers":[{"image":"busybox:1.36","name":"b"}]}"#)
    }

    @Test func removedListElementsAreDeletedByMergeKey() {
        let definition = schema.definition("core.v1.Container")!
        let old: JSONValue = ["name": "a", "ports": [["containerPort": 80], ["containerPort": 443]]]
        let new: JSONValue = ["name": "a", "ports": [["containerPort": 80]]]
        #expect(
            patch(old, new, old, definition: definition)
                == #"{"$setElementOrder/ports":[{"containerPort":80}],"ports":[{"$patch":"delete","containerPort":443}]}"#)
    }

    @Test func aFieldRemovedFromTheManifestIsNulledAndOthersSetLiveAreKept() {
        let definition = schema.definition("meta.v1.ObjectMeta")!
        let old: JSONValue = ["name": "x", "labels": ["app": "web", "tier": "front"]]
        let new: JSONValue = ["name": "x", "labels": ["app": "web"]]
        let live: JSONValue = ["name": "x", "labels": ["app": "web", "tier": "front", "team": "set-by-hand"], "uid": "1"]
        #expect(patch(old, new, live, definition: definition) == #"{"labels":{"tier":null}}"#)
    }

    @Test func retainKeysObjectsListTheirKeys() {
        let definition = schema.definition("apps.v1.DeploymentSpec")!
        let old: JSONValue = ["strategy": ["type": "RollingUpdate"]]
        let new: JSONValue = ["strategy": ["type": "Recreate"]]
        #expect(patch(old, new, old, definition: definition) == #"{"strategy":{"$retainKeys":["type"],"type":"Recreate"}}"#)
    }
}
