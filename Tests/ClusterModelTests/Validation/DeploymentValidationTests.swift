import Testing

@testable import ClusterModel

/// The API server's validation of Deployments beyond the pod template: strategy, counts, enums; each rejected
/// manifest leaves the cluster unchanged.
@Suite struct DeploymentValidationTests {
    func rejection(_ change: (inout JSONValue) -> Void) -> String? {
        var cluster = Cluster(seed: 3)
        var manifest = TutorialFixtures.deployment()
        change(&manifest)
        let before = cluster.lastSequence
        do {
            try cluster.declare(manifest)
            return nil
        } catch {
            return cluster.lastSequence == before ? error.message : "changed the cluster: \(error.message)"
        }
    }

    /// Changes the first container of the manifest's template.
    func container(_ change: @escaping (inout JSONValue) -> Void) -> (inout JSONValue) -> Void {
        { manifest in
            var first = manifest["spec"]["template"]["spec"]["containers"].array?.first ?? .null
            change(&first)
            manifest["spec"]["template"]["spec"]["containers"] = [first]
        }
    }

    let prefix = "Deployment.apps \"nginx-deployment\" is invalid: "

    @Test func zeroSurgeAndZeroUnavailableIsRefused() {
        #expect(rejection { $0["spec"]["strategy"] = ["rollingUpdate": ["maxSurge": 0, "maxUnavailable": 0]] }
            == prefix + "spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0")
        #expect(rejection { $0["spec"]["strategy"] = ["rollingUpdate": ["maxSurge": 0]] } == nil)
    }

    @Test func strategyTypeAndPercentsAreChecked() {
        #expect(rejection { $0["spec"]["strategy"] = ["type": "Bogus"] }
            == prefix + "spec.strategy: Unsupported value: {\"Type\":\"Bogus\",\"RollingUpdate\":null}: supported values: \"Recreate\", \"RollingUpdate\"")
        #expect(rejection { $0["spec"]["strategy"] = ["type": "Recreate", "rollingUpdate": ["maxSurge": 1]] }
            == prefix + "spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'")
        #expect(rejection { $0["spec"]["strategy"] = ["rollingUpdate": ["maxSurge": "20Percent"]] }
            == prefix + "spec.strategy.rollingUpdate.maxSurge: Invalid value: \"20Percent\": a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')")
        #expect(rejection { $0["spec"]["strategy"] = ["rollingUpdate": ["maxUnavailable": "110%"]] }
            == prefix + "spec.strategy.rollingUpdate.maxUnavailable: Invalid value: \"110%\": must not be greater than 100%")
        #expect(rejection { $0["spec"]["strategy"] = ["rollingUpdate": ["maxSurge": -1]] }
            == prefix + "spec.strategy.rollingUpdate.maxSurge: Invalid value: -1: must be greater than or equal to 0")
    }

    @Test func enumsOfTheTemplateAreChecked() {
        #expect(rejection { $0["spec"]["template"]["spec"]["restartPolicy"] = "Never" }
            == prefix + "spec.template.spec.restartPolicy: Unsupported value: \"Never\": supported values: \"Always\"")
        #expect(rejection(container { $0["imagePullPolicy"] = "Sometimes" })
            == prefix + "spec.template.spec.containers[0].imagePullPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"IfNotPresent\", \"Never\"")
        #expect(rejection(container { $0["ports"] = [["containerPort": 80, "protocol": "HTTP"]] })
            == prefix + "spec.template.spec.containers[0].ports[0].protocol: Unsupported value: \"HTTP\": supported values: \"SCTP\", \"TCP\", \"UDP\"")
    }

    @Test func countsMustNotBeNegative() {
        #expect(rejection { $0["spec"]["revisionHistoryLimit"] = -1 } == prefix + "spec.revisionHistoryLimit: Invalid value: -1: must be greater than or equal to 0")
        #expect(rejection { $0["spec"]["minReadySeconds"] = 30; $0["spec"]["progressDeadlineSeconds"] = 30 }
            == prefix + "spec.progressDeadlineSeconds: Invalid value: 30: must be greater than minReadySeconds")
    }
}
