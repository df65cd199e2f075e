import ClusterModel
import Kubectl
import Testing

@testable import TutorialEngine

@Suite struct CommandPatternTests {
    static func command(_ line: String) -> KubectlCommand { try! CommandPattern.parse(line) }

    @Test func expectedCommandsMatchByMeaning() throws {
        let pattern = try CommandPattern("kubectl get endpointslices -o json -l kubernetes.io/service-name=nginx-service")
        for line in [
            "k get endpointslice -ojson -l kubernetes.io/service-name=nginx-service",
            "kubectl get -l kubernetes.io/service-name=nginx-service endpointslices --output=json",
            "kubectl get endpointslices.discovery.k8s.io --selector kubernetes.io/service-name=nginx-service -o json",
        ] {
            #expect(pattern.matchesMeaning(Self.command(line), bindings: [:]), "\(line)")
        }
        #expect(!pattern.matchesMeaning(Self.command("kubectl get endpointslices -o yaml -l kubernetes.io/service-name=nginx-service"), bindings: [:]))
        #expect(!pattern.matchesMeaning(Self.command("kubectl get endpointslices"), bindings: [:]))
    }

    @Test func namesComeFromBindingsAndExtraFlagsKeepTheMeaning() throws {
        let pattern = try CommandPattern("kubectl delete pod {oldPod}")
        let bindings = ["oldPod": "web-1"]
        #expect(pattern.matchesMeaning(Self.command("k delete po/web-1 --wait=false"), bindings: bindings))
        #expect(pattern.matchesMeaning(Self.command("kubectl delete pods web-1"), bindings: bindings))
        #expect(!pattern.matchesMeaning(Self.command("kubectl delete pod web-2"), bindings: bindings))
    }

    @Test func forbiddenPatternsMatchByContainment() throws {
        let force = try CommandPattern("kubectl delete pod --force")
        #expect(force.isContained(in: Self.command("k delete po web-1 --grace-period=0 --force"), bindings: [:]))
        #expect(!force.isContained(in: Self.command("kubectl delete pod web-1"), bindings: [:]))
        let deployment = try CommandPattern("kubectl delete deployment")
        #expect(deployment.isContained(in: Self.command("kubectl delete deploy/nginx-deployment"), bindings: [:]))
        #expect(deployment.isContained(in: Self.command("kubectl delete deployments.apps --all"), bindings: [:]))
        #expect(!deployment.isContained(in: Self.command("kubectl delete pod nginx-deployment-x"), bindings: [:]))
    }

    @Test func fieldPathsFilterArrays() {
        let slice: JSONValue = [
            "endpoints": [
                ["targetRef": ["name": "a"], "conditions": ["ready": false, "serving": true]],
                ["targetRef": ["name": "b"], "conditions": ["ready": true, "serving": true]],
            ]
        ]
        let path = FieldPath.parse("endpoints[targetRef.name=a].conditions.ready")!
        #expect(path.select(in: slice) == [false])
        #expect(FieldPath.parse("endpoints.1.targetRef.name")!.select(in: slice) == ["b"])
        #expect(FieldPath.parse("endpoints[targetRef.name=c]")!.select(in: slice).isEmpty)
        #expect(FieldPath.parse("a..b") == nil)
    }
}
