import ClusterModel
import Testing

@testable import Kubectl

/// Lines that used to stop the shell with a Swift trap (issue 18): each now gets an answer, and the cluster goes on.
@Suite struct OneLineCrashTests {
    private static let deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: REPLICAS
          strategy:
            rollingUpdate:
              maxSurge: SURGE
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              terminationGracePeriodSeconds: 9223372036854775807
              containers:
              - name: nginx
                image: nginx
                readinessProbe:
                  initialDelaySeconds: 2147483647
                  periodSeconds: 2147483647
                  httpGet: {port: 80}
        """

    private func manifest(replicas: String = "2", surge: String = "25%") -> String {
        Self.deployment.replacingOccurrences(of: "REPLICAS", with: replicas).replacingOccurrences(of: "SURGE", with: surge)
    }

    @Test func explainWithAnEmptyPath() {
        let session = KubectlSession()
        #expect(session.run("explain .").stderr == "error: the server doesn't have a resource type \"\"\n")
        #expect(session.run("explain ''").exitCode == 1)
        #expect(session.run("explain pod..spec").stderr == "error: field \"spec\" does not exist\n")
    }

    @Test func jsonpathIndexesAtTheLimitsOfInt() {
        let session = KubectlSession()
        session.host.files["web.yaml"] = manifest()
        session.run("apply -f web.yaml")
        let high = session.run("get pods -o jsonpath={.items[9223372036854775807]}")
        #expect(high.exitCode == 1)
        #expect(high.stderr.contains("array index out of bounds"))
        #expect(session.run("get pods -o jsonpath={.items[-9223372036854775808]}").exitCode == 1)
        #expect(session.run("get pods --sort-by={.metadata.name} -o jsonpath={.items[-9223372036854775808:9223372036854775807]}").exitCode == 1)
    }

    @Test func aTemplateOfTwentyThousandActions() {
        let session = KubectlSession()
        let output = session.run("get ns default -o jsonpath=" + String(repeating: "{.metadata.name}", count: 20_000))
        #expect(output.exitCode == 0)
        #expect(output.stdout == String(repeating: "default", count: 20_000))
    }

    @Test func absurdDurationsInAManifestMeanNever() {
        let session = KubectlSession()
        session.host.files["web.yaml"] = manifest(surge: "\"9223372036854775807%\"")
        #expect(session.run("apply -f web.yaml").exitCode == 0)
        session.cluster.advance(by: 60)
        #expect(session.run("delete pods --all --wait=false").exitCode == 0)
        session.cluster.advance(by: 3600)
        // nginx exits on its stop signal long before the (endless) grace period: the replacements run.
        let pods = session.run("get pods -o jsonpath={.items[*].status.phase}")
        #expect(pods.stdout == "Running Running")
        #expect(session.run("describe pods").exitCode == 0)
    }

    @Test func replicasBeyondTheSimulationsLimitAreRefused() {
        let session = KubectlSession()
        session.host.files["web.yaml"] = manifest(replicas: "2000000000")
        let apply = session.run("apply -f web.yaml")
        #expect(
            apply.stderr
                == "The Deployment \"web\" is invalid: spec.replicas: Invalid value: 2000000000: must be less than or equal to 100000 (the most replicas k8s-tutor's simulated cluster runs per workload)\n"
        )
        #expect(session.names(.deployments).isEmpty)
        session.host.files["web.yaml"] = manifest()
        session.run("apply -f web.yaml")
        #expect(session.run("scale deployment web --replicas=2000000000").exitCode == 1)
        #expect(session.cluster.object(.deployments, namespace: "default", name: "web")?["spec"]["replicas"] == 2)
    }
}
