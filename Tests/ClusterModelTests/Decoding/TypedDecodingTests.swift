import Testing

@testable import ClusterModel

/// Requests decode against the schema as a real API server decodes them into Go structs.
@Suite struct TypedDecodingTests {
    /// Creates `manifest` and returns the error text; the cluster must not change.
    private func failure(_ manifest: JSONValue, validation: FieldValidation = .strict) -> String? {
        var cluster = Cluster(seed: 1)
        let before = cluster.lastSequence
        do {
            _ = try cluster.create(manifest, options: WriteOptions(fieldValidation: validation))
            return nil
        } catch {
            #expect(cluster.lastSequence == before, "a failed request changed the cluster")
            #expect(error.code == 400)
            #expect(error.reason == .badRequest)
            return error.message
        }
    }

    private let prefix = "Deployment in version \"v1\" cannot be handled as a Deployment: "

    @Test func strictValidationNamesEveryUnknownFieldWithItsPath() {
        var manifest = TutorialFixtures.deployment()
        manifest["spec"]["template"]["spec"]["containers"] = [["name": "nginx", "image": "nginx", "resourcess": ["limits": ["cpu": "1"]]]]
        manifest["spec"]["replicass"] = 3
        #expect(
            failure(manifest)
                == prefix
                + "strict decoding error: unknown field \"spec.replicass\", unknown field \"spec.template.spec.containers[0].resourcess\"")
    }

    @Test func warnValidationStoresTheObjectWithoutTheField() throws {
        var cluster = Cluster(seed: 1)
        var manifest = TutorialFixtures.deployment()
        manifest["metadata"]["lables"] = ["app": "x"]
        let result = try cluster.create(manifest, options: WriteOptions(fieldValidation: .warn))
        #expect(result.warnings == ["unknown field \"metadata.lables\""])
        #expect(result.object["metadata"]["lables"].isNull)
        #expect(cluster.object(.deployments, namespace: "default", name: "nginx-deployment")?["metadata"]["lables"] == .null)
    }

    @Test func ignoreValidationDropsSilently() throws {
        var cluster = Cluster(seed: 1)
        var manifest = TutorialFixtures.deployment()
        manifest["spec"]["replicass"] = 3
        let result = try cluster.create(manifest, options: WriteOptions(fieldValidation: .ignore))
        #expect(result.warnings.isEmpty)
        #expect(result.object["spec"]["replicass"].isNull)
    }

    @Test func integersOfTheWrongTypeAreRejected() {
        func replicas(_ value: JSONValue) -> String? {
            var manifest = TutorialFixtures.deployment()
            manifest["spec"]["replicas"] = value
            return failure(manifest)
        }
        let field = "Go struct field DeploymentSpec.spec.replicas of type int32"
        #expect(replicas("three") == prefix + "json: cannot unmarshal string into " + field)
        #expect(replicas("3") == prefix + "json: cannot unmarshal string into " + field)
        #expect(replicas(.double(3.5)) == prefix + "json: cannot unmarshal number 3.5 into " + field)
        #expect(replicas(.double(1e19)) == prefix + "json: cannot unmarshal number 10000000000000000000 into " + field)
        #expect(replicas(2_000_000_000_000) == prefix + "json: cannot unmarshal number 2000000000000 into " + field)
        #expect(replicas([1]) == prefix + "json: cannot unmarshal array into " + field)
        #expect(replicas(true) == prefix + "json: cannot unmarshal bool into " + field)
        #expect(replicas(["a": 1]) == prefix + "json: cannot unmarshal object into " + field)
        #expect(replicas(.null) == nil)
    }

    @Test func nestedFieldsNameTheirStructAndPathWithoutIndexes() {
        var manifest = TutorialFixtures.deployment()
        manifest["spec"]["template"]["spec"]["containers"] = [["name": "nginx", "image": "nginx", "ports": [["containerPort": "eighty"]]]]
        #expect(
            failure(manifest)
                == prefix + "json: cannot unmarshal string into Go struct field ContainerPort.spec.template.spec.containers.ports.containerPort of type int32")
    }

    @Test func stringsBooleansListsAndMapsOfTheWrongType() {
        var name = TutorialFixtures.deployment()
        name["metadata"]["name"] = 5
        #expect(failure(name) == prefix + "json: cannot unmarshal number into Go struct field ObjectMeta.metadata.name of type string")
        var paused = TutorialFixtures.deployment()
        paused["spec"]["paused"] = "yes"
        #expect(failure(paused) == prefix + "json: cannot unmarshal string into Go struct field DeploymentSpec.spec.paused of type bool")
        var labels = TutorialFixtures.deployment()
        labels["metadata"]["labels"] = ["a", "b"]
        #expect(failure(labels) == prefix + "json: cannot unmarshal array into Go struct field ObjectMeta.metadata.labels of type map[string]string")
        var containers = TutorialFixtures.deployment()
        containers["spec"]["template"]["spec"]["containers"] = .emptyObject
        #expect(
            failure(containers)
                == prefix + "json: cannot unmarshal object into Go struct field PodSpec.spec.template.spec.containers of type []v1.Container")
        var spec = TutorialFixtures.deployment()
        spec["spec"] = "none"
        #expect(failure(spec) == prefix + "json: cannot unmarshal string into Go struct field Deployment.spec of type v1.DeploymentSpec")
    }

    @Test func aTypeErrorWinsOverUnknownFields() {
        var manifest = TutorialFixtures.deployment()
        manifest["spec"]["replicas"] = "three"
        manifest["spec"]["zzz"] = 1
        #expect(failure(manifest, validation: .ignore) == prefix + "json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32")
    }

    @Test func intOrStringAndQuantities() {
        var surge = TutorialFixtures.deployment()
        surge["spec"]["strategy"] = ["rollingUpdate": ["maxSurge": .double(1.5)]]
        #expect(
            failure(surge)
                == prefix
                + "json: cannot unmarshal number 1.5 into Go struct field RollingUpdateDeployment.spec.strategy.rollingUpdate.maxSurge of type int32")
        var fine = TutorialFixtures.deployment()
        fine["spec"]["strategy"] = ["rollingUpdate": ["maxSurge": "50%", "maxUnavailable": 0]]
        #expect(failure(fine) == nil)
        var quantity = TutorialFixtures.deployment()
        quantity["spec"]["template"]["spec"]["containers"] = [["name": "nginx", "image": "nginx", "resources": ["limits": ["cpu": "lots"]]]]
        #expect(failure(quantity) == prefix + "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'")
        var good = TutorialFixtures.deployment()
        good["spec"]["template"]["spec"]["containers"] = [
            ["name": "nginx", "image": "nginx", "resources": ["limits": ["cpu": "500m", "memory": "128Mi"], "requests": ["cpu": 1]]]
        ]
        #expect(failure(good) == nil)
    }

    @Test func coreKindsNameTheirVersion() {
        let pod: JSONValue = ["apiVersion": "v1", "kind": "Pod", "metadata": ["name": "p"], "spec": ["containers": [["name": "c", "image": "nginx"]], "terminationGracePeriodSeconds": "120"]]
        #expect(
            failure(pod)
                == "Pod in version \"v1\" cannot be handled as a Pod: json: cannot unmarshal string into Go struct field PodSpec.spec.terminationGracePeriodSeconds of type int64")
    }

    @Test func customUnmarshalerErrorsReplaceEarlierTypeErrors() {
        // `spec.paused` sorts before `spec.template`: its type error is saved first, then Quantity's error replaces it.
        var manifest = TutorialFixtures.deployment()
        manifest["spec"]["paused"] = "yes"
        manifest["spec"]["template"]["spec"]["containers"] = [["name": "nginx", "image": "nginx", "resources": ["limits": ["cpu": "lots"]]]]
        #expect(failure(manifest) == prefix + "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'")
        var port = TutorialFixtures.deployment()
        port["spec"]["template"]["spec"]["containers"] = [
            ["name": "nginx", "image": "nginx", "readinessProbe": ["httpGet": ["port": true]]]
        ]
        #expect(
            failure(port)
                == prefix
                + "json: cannot unmarshal bool into Go struct field HTTPGetAction.spec.template.spec.containers.readinessProbe.httpGet.port of type int32")
    }

    @Test func unknownFieldPathsIncludeIndexesAndNullValuesCount() {
        var manifest = TutorialFixtures.deployment()
        manifest["spec"]["template"]["spec"]["containers"] = [
            ["name": "a", "image": "nginx"], ["name": "b", "image": "nginx", "imagePullPolice": "Always"],
        ]
        if case .object(var spec) = manifest["spec"] {
            spec["bogus"] = JSONValue.null  // a member whose value is null (the subscript setter would remove it)
            manifest["spec"] = .object(spec)
        }
        #expect(
            failure(manifest)
                == prefix + "strict decoding error: unknown field \"spec.bogus\", unknown field \"spec.template.spec.containers[1].imagePullPolice\"")
    }
}
