import Testing

@testable import ClusterModel

@Suite struct ApplyAndValidationTests {
    @Test func updateStoresOnlyRealChanges() throws {
        var cluster = Cluster(seed: 1)
        let first = try cluster.declare(TutorialFixtures.deployment())
        #expect(first.object["metadata"]["generation"] == 1)
        let stored = try #require(cluster.object(.deployments, namespace: "default", name: "nginx-deployment"))
        let sequence = cluster.lastSequence
        let again = try cluster.declare(TutorialFixtures.deployment())
        #expect(again.object == stored)
        #expect(cluster.lastSequence == sequence, "a no-op update wrote a new version")
        let changed = try cluster.declare(TutorialFixtures.deployment(replicas: 2))
        #expect(changed.object["metadata"]["generation"] == 2)
        #expect(changed.object["spec"]["replicas"] == 2)
        #expect(changed.object["metadata"]["uid"] == first.object["metadata"]["uid"])
    }

    @Test func deploymentDefaultsAndStatus() throws {
        var cluster = Cluster(seed: 1)
        _ = try cluster.declare(TutorialFixtures.deployment())
        cluster.advance(by: 10)
        let deployment = try #require(cluster.object(.deployments, namespace: "default", name: "nginx-deployment"))
        #expect(deployment["spec"]["strategy"] == ["type": "RollingUpdate", "rollingUpdate": ["maxSurge": "25%", "maxUnavailable": "25%"]])
        #expect(deployment["spec"]["progressDeadlineSeconds"] == 600)
        #expect(deployment["spec"]["revisionHistoryLimit"] == 10)
        #expect(deployment["spec"]["template"]["spec"]["containers"][0]["imagePullPolicy"] == "Always")
        #expect(deployment["metadata"]["annotations"]["deployment.kubernetes.io/revision"] == "1")
        #expect(deployment["status"]["readyReplicas"] == 1)
        #expect(deployment["status"]["availableReplicas"] == 1)
        #expect(deployment["status"]["updatedReplicas"] == 1)
        let conditions = deployment["status"]["conditions"].array ?? []
        #expect(conditions.map { $0["type"] } == ["Available", "Progressing"])
        #expect(conditions.first?["message"] == "Deployment has minimum availability.")
        let rs = try #require(cluster.list(.replicaSets, namespace: "default").first)
        let rsName = try #require(rs["metadata"]["name"].string)
        #expect(conditions.last?["message"] == .string("ReplicaSet \"\(rsName)\" has successfully progressed."))
        let hash = try #require(rs["metadata"]["labels"]["pod-template-hash"].string)
        #expect(rsName == "nginx-deployment-" + hash)
        #expect(hash.allSatisfy { "456789bcdf".contains($0) })
        #expect(rs["metadata"]["annotations"]["deployment.kubernetes.io/max-replicas"] == "2")
        #expect(rs["metadata"]["annotations"]["deployment.kubernetes.io/desired-replicas"] == "1")
        #expect(rs["spec"]["selector"]["matchLabels"] == ["app": "nginx", "pod-template-hash": .string(hash)])

        let pod = try #require(cluster.list(.pods, namespace: "default").first)
        let podName = try #require(pod["metadata"]["name"].string)
        #expect(podName.hasPrefix(rsName + "-") && podName.count == rsName.count + 6)
        #expect(pod["metadata"]["generateName"] == .string(rsName + "-"))
        #expect(pod["metadata"]["ownerReferences"][0]["kind"] == "ReplicaSet")
        #expect(pod["spec"]["tolerations"].array?.count == 2)
        #expect(pod["spec"]["serviceAccountName"] == "default")
        #expect(pod["spec"]["volumes"][0]["name"].string?.hasPrefix("kube-api-access-") == true)
        #expect(pod["status"]["conditions"].array?.map { $0["type"] } == ["PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady", "PodScheduled"])
        #expect(pod["status"]["containerStatuses"][0]["containerID"].string?.count == "containerd://".count + 64)
        #expect(pod["status"]["containerStatuses"][0]["image"] == "docker.io/library/nginx:latest")
        #expect(pod["status"]["podIP"].string?.hasPrefix("10.244.") == true)
        #expect(pod["status"]["qosClass"] == "BestEffort")
    }

    @Test func containerCreatingWhilePulling() throws {
        var cluster = Cluster(seed: 5)
        _ = try cluster.declare(TutorialFixtures.deployment())
        cluster.advance(by: 0)
        let pod = try #require(cluster.list(.pods, namespace: "default").first)
        #expect(pod["status"]["phase"] == "Pending")
        #expect(pod["status"]["containerStatuses"][0]["state"] == ["waiting": ["reason": "ContainerCreating"]])
        #expect(pod["spec"]["nodeName"] == "kind-worker")
    }

    @Test func selectorMismatchMessage() {
        var cluster = Cluster(seed: 1)
        var manifest = TutorialFixtures.deployment()
        manifest["spec"]["template"]["metadata"]["labels"] = ["app": "web"]
        #expect(throws: APIError.self) { try cluster.declare(manifest) }
        do {
            _ = try cluster.declare(manifest)
        } catch {
            #expect(error.reason == .invalid)
            #expect(error.code == 422)
            #expect(
                error.kubectlMessage
                    == "The Deployment \"nginx-deployment\" is invalid: spec.template.metadata.labels: Invalid value: {\"app\":\"web\"}: `selector` does not match template `labels`"
            )
            #expect(error.causes == [APIError.Cause(field: "spec.template.metadata.labels", type: "FieldValueInvalid", message: "Invalid value: {\"app\":\"web\"}: `selector` does not match template `labels`")])
        }
        #expect(cluster.list(.deployments, namespace: "default").isEmpty)
        #expect(cluster.lastSequence == Cluster(seed: 1).lastSequence)
    }

    @Test func multipleCauses() {
        var cluster = Cluster(seed: 1)
        var manifest = TutorialFixtures.deployment(name: "Bad_Name")
        manifest["spec"]["replicas"] = -1
        do {
            _ = try cluster.declare(manifest)
            Issue.record("expected an error")
        } catch {
            #expect(
                error.kubectlMessage == """
                    The Deployment "Bad_Name" is invalid: \n\
                    * metadata.name: Invalid value: "Bad_Name": \(NameValidation.subdomainMessage)
                    * spec.replicas: Invalid value: -1: must be greater than or equal to 0
                    """)
        }
    }

    @Test func missingSelectorAndImage() {
        var cluster = Cluster(seed: 1)
        var manifest = TutorialFixtures.deployment()
        manifest["spec"]["selector"] = .null
        manifest["spec"]["template"]["spec"]["containers"] = [["name": "nginx"]]
        do {
            _ = try cluster.declare(manifest)
            Issue.record("expected an error")
        } catch {
            #expect(error.causes.map(\.field) == ["spec.selector", "spec.template.metadata.labels", "spec.template.spec.containers[0].image"])
            #expect(error.causes.map(\.message) == ["Required value", "Invalid value: {\"app\":\"nginx\"}: `selector` does not match template `labels`", "Required value"])
        }
    }

    @Test func notFoundMessages() {
        var cluster = Cluster(seed: 1)
        for (type, text) in [
            (ResourceType.pods, "Error from server (NotFound): pods \"x\" not found"),
            (.deployments, "Error from server (NotFound): deployments.apps \"x\" not found"),
            (.services, "Error from server (NotFound): services \"x\" not found"),
            (.endpointSlices, "Error from server (NotFound): endpointslices.discovery.k8s.io \"x\" not found"),
        ] {
            do {
                _ = try cluster.delete(type, namespace: "default", name: "x")
                Issue.record("expected NotFound")
            } catch {
                #expect(error.kubectlMessage == text)
                #expect(error.code == 404)
            }
        }
        #expect(cluster.object(.pods, namespace: "default", name: "x") == nil)
    }

    @Test func alreadyExistsAndUnknownKind() {
        var cluster = Cluster(seed: 1)
        #expect(throws: APIError.alreadyExists(.services, name: "kubernetes")) {
            try cluster.create(["apiVersion": "v1", "kind": "Service", "metadata": ["name": "kubernetes"], "spec": ["ports": [["port": 80]]]])
        }
        do {
            _ = try cluster.declare(["apiVersion": "v1", "kind": "Foo", "metadata": ["name": "a"]])
        } catch {
            #expect(error.message == "no matches for kind \"Foo\" in version \"v1\"")
        }
        do {
            _ = try cluster.declare(["apiVersion": "v1", "kind": "Pod", "metadata": ["name": "a", "namespace": "nope"], "spec": ["containers": [["name": "c", "image": "nginx"]]]])
        } catch {
            #expect(error.kubectlMessage == "Error from server (NotFound): namespaces \"nope\" not found")
        }
    }

    @Test func unknownFieldsAreNeverStored() throws {
        var cluster = Cluster(seed: 1)
        var manifest = TutorialFixtures.deployment()
        manifest["spec"]["mystery"] = ["a": 1]
        manifest["extraTop"] = "dropped"
        let outcome = try cluster.create(manifest, options: WriteOptions(fieldValidation: .ignore))
        #expect(outcome.object["spec"]["mystery"].isNull)
        #expect(outcome.object["extraTop"].isNull)
        #expect(outcome.warnings.isEmpty)
        var pod: JSONValue = ["apiVersion": "v1", "kind": "Pod", "metadata": ["name": "solo", "weird": "x"], "spec": ["containers": [["name": "c", "image": "busybox:1.36", "future": true]]], "other": 5]
        let created = try cluster.create(pod, options: WriteOptions(fieldValidation: .warn))
        #expect(created.warnings == ["unknown field \"metadata.weird\"", "unknown field \"other\"", "unknown field \"spec.containers[0].future\""])
        let stored = try #require(cluster.object(.pods, namespace: "default", name: "solo"))
        #expect(stored["other"].isNull)
        #expect(stored["metadata"]["weird"].isNull)
        #expect(stored["spec"]["containers"][0]["future"].isNull)
        #expect(stored["spec"]["containers"][0]["imagePullPolicy"] == "IfNotPresent")
        pod["metadata"]["labels"] = ["tier": "x"]
        _ = try cluster.declare(pod, options: WriteOptions(fieldValidation: .ignore))
        #expect(cluster.object(.pods, namespace: "default", name: "solo")?["metadata"]["labels"] == ["tier": "x"])
    }

    @Test func servicesGetClusterIPsAndDefaults() throws {
        var cluster = Cluster(seed: 9)
        let service = try cluster.declare(TutorialFixtures.service()).object
        let ip = try #require(service["spec"]["clusterIP"].string)
        let parts = ip.split(separator: ".").compactMap { Int($0) }
        #expect(parts.count == 4 && parts[0] == 10 && (96...111).contains(parts[1]) && ip != "10.96.0.1")
        #expect(service["spec"]["clusterIPs"] == [.string(ip)])
        #expect(service["spec"]["type"] == "ClusterIP")
        #expect(service["spec"]["ipFamilies"] == ["IPv4"])
        #expect(service["status"] == ["loadBalancer": [:]])
        // No pods yet: a placeholder slice without endpoints or ports.
        let slices = TutorialFixtures.slices(cluster)
        #expect(slices.count == 1)
        #expect(slices.first?["endpoints"] == .null)
        #expect(slices.first?["ports"] == .null)
    }

    @Test func serviceNameMustBeDNS1035() {
        var cluster = Cluster(seed: 1)
        do {
            _ = try cluster.declare(TutorialFixtures.service(name: "1abc"))
            Issue.record("expected Invalid")
        } catch {
            #expect(error.kubectlMessage == "The Service \"1abc\" is invalid: metadata.name: Invalid value: \"1abc\": " + NameValidation.dns1035Message)
        }
    }
}
