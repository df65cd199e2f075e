import ClusterModel
import Foundation
import Kubectl
import Testing

@Suite struct GetCommandTests {
    func rolledOut() -> (KubectlSession, String) {
        let session = KubectlSession(files: Fixtures.files)
        session.run("apply -f pod-with-graceful-termination.yaml")
        session.run("rollout status deployment/nginx-deployment")
        return (session, session.names(.pods)[0])
    }

    @Test func emptyNamespaceSaysSoOnStderr() {
        let session = KubectlSession()
        #expect(session.run("get pods") == .init(stdout: "", stderr: "No resources found in default namespace.\n", exitCode: 0,
                                                 combined: "No resources found in default namespace.\n"))
        #expect(session.run("get pods -n kube-public").stderr == "No resources found in kube-public namespace.\n")
        #expect(session.run("get pods -A --field-selector=metadata.namespace=default").stderr == "No resources found\n")
        #expect(session.run("get pods -o json").stdout == "{\n    \"apiVersion\": \"v1\",\n    \"items\": [],\n    \"kind\": \"List\",\n    \"metadata\": {\n        \"resourceVersion\": \"\"\n    }\n}\n")
    }

    @Test func namedAndListedTables() {
        let (session, pod) = rolledOut()
        let list = session.run("get pods")
        #expect(list.stdout.hasPrefix("NAME                                READY   STATUS    RESTARTS   AGE\n\(pod)   1/1     Running   0          "))
        #expect(session.run("get pod \(pod)").stdout == list.stdout)
        #expect(session.run("get pods --no-headers").stdout.hasPrefix(pod))
        #expect(session.run("get pods --show-labels").stdout.contains("app=nginx,pod-template-hash="))
        #expect(session.run("get pods -A").stdout.hasPrefix("NAMESPACE            NAME "))
        #expect(session.run("get pods -A").stdout.contains("\ndefault              \(pod) "))
        #expect(session.run("get pod nope").stderr == "Error from server (NotFound): pods \"nope\" not found\n")
        #expect(session.run("get pod nope --ignore-not-found").combined == "")
    }

    @Test func severalTypesPrintSeparateTablesWithKindPrefixes() {
        let (session, _) = rolledOut()
        let text = session.run("get deploy,svc").stdout
        let tables = text.components(separatedBy: "\n\n")
        #expect(tables.count == 2)
        #expect(tables[0].hasPrefix("NAME                               READY   UP-TO-DATE   AVAILABLE   AGE\ndeployment.apps/nginx-deployment   1/1"))
        #expect(tables[1].contains("service/kubernetes"))
        #expect(tables[1].contains("service/nginx-service"))
    }

    @Test func outputFormats() throws {
        let (session, pod) = rolledOut()
        #expect(session.run("get pods -o name").stdout == "pod/\(pod)\n")
        #expect(session.run("get deploy/nginx-deployment -o name").stdout == "deployment.apps/nginx-deployment\n")
        #expect(session.run("get pod \(pod) -o jsonpath={.metadata.name}").stdout == pod)
        #expect(session.run("get pods -o jsonpath='{.items[*].status.phase}'").stdout == "Running")
        let yaml = session.run("get pod \(pod) -o yaml").stdout
        #expect(yaml.hasPrefix("apiVersion: v1\nkind: Pod\nmetadata:\n"))
        let json = session.run("get pods -o json").stdout
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(parsed?["kind"] as? String == "List")
        #expect((parsed?["items"] as? [Any])?.count == 1)
        let wide = session.run("get pods -o wide").stdout
        #expect(wide.hasPrefix("NAME                                READY   STATUS    RESTARTS   AGE   IP           NODE "))
        #expect(session.run("get pods -o custom-columns=NAME:.metadata.name").stdout == "NAME\n\(pod)\n")
    }

    @Test func sortBy() {
        let (session, _) = rolledOut()
        session.run("scale deployment nginx-deployment --replicas=3")
        session.run("rollout status deployment/nginx-deployment")
        let names = session.run("get pods -o name --sort-by=.metadata.name").stdout.split(separator: "\n")
        #expect(names == names.sorted())
        let byIP = session.run("get pods --sort-by={.status.podIP} -o jsonpath={.items[*].status.podIP}")
        #expect(byIP.exitCode == 0)
    }

    @Test func endpointsCarryTheDeprecationWarning() {
        let (session, _) = rolledOut()
        let output = session.run("get endpoints")
        #expect(output.stderr == "Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n")
        #expect(output.stdout.hasPrefix("NAME            ENDPOINTS         AGE\nkubernetes      172.18.0.2:6443   "))
    }

    @Test func watchPrintsARowPerChangeUntilIdle() {
        let (session, pod) = rolledOut()
        session.run("delete pod \(pod) --wait=false")
        let output = session.run("get pods -w")
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("NAME ") == true)
        #expect(lines.contains { $0.hasPrefix(pod) && $0.contains("Terminating") })
        #expect(lines.last?.hasPrefix(pod) == true)
        #expect(output.exitCode == 0)
        let observations = session.lastResult?.observations ?? []
        #expect(observations.contains { $0.format == .watch && $0.object["metadata"]["name"].string == pod })
        #expect(session.cluster.object(.pods, namespace: "default", name: pod) == nil)
    }

    @Test func watchEventsColumn() {
        let (session, _) = rolledOut()
        session.run("scale deployment nginx-deployment --replicas=2")
        let text = session.run("get pods -w --output-watch-events").stdout
        #expect(text.hasPrefix("EVENT      NAME "))
        #expect(text.contains("\nADDED      "))
        #expect(text.contains("\nMODIFIED   "))
    }

    @Test func observationsRecordWhatWasShown() {
        let (session, pod) = rolledOut()
        session.run("delete pod \(pod) --wait=false")
        session.run("get endpointslices -l kubernetes.io/service-name=nginx-service -o json")
        let shown = session.lastResult?.observations ?? []
        #expect(shown.count == 1)
        #expect(shown.first?.format == .json)
        #expect(shown.first?.resource == .endpointSlices)
        let endpoints = shown.first?.object["endpoints"].array ?? []
        #expect(endpoints.contains { $0["conditions"]["terminating"] == true })
        #expect(shown.first?.time == session.cluster.now)
    }
}
