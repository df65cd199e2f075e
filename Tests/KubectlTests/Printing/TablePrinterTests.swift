import ClusterModel
import Testing

@testable import Kubectl

@Suite struct TablePrinterTests {
    let now = PrintingFixtures.now

    @Test func podsMatchTheRealKubectlTranscript() {
        #expect(TablePrinter.render(PrintingFixtures.transcriptPods, now: now, options: TableOptions()) == """
            NAME                                  READY   STATUS              RESTARTS   AGE
            pending-one-with-a-much-longer-name   0/1     ContainerCreating   0          43s
            solo                                  1/1     Running             3          26h
            web-7d4b9c8f5d-abcde                  1/1     Running             0          5m1s
            web-7d4b9c8f5d-fghij                  1/1     Running             0          5m1s

            """)
    }

    @Test func podsWideMatchTheRealKubectlTranscript() {
        #expect(TablePrinter.render(PrintingFixtures.transcriptPods, now: now, options: TableOptions(wide: true)) == """
            NAME                                  READY   STATUS              RESTARTS   AGE    IP           NODE           NOMINATED NODE   READINESS GATES
            pending-one-with-a-much-longer-name   0/1     ContainerCreating   0          43s    <none>       <none>         <none>           <none>
            solo                                  1/1     Running             3          26h    10.244.0.7   kind-worker    <none>           <none>
            web-7d4b9c8f5d-abcde                  1/1     Running             0          5m1s   10.244.0.5   kind-worker    <none>           <none>
            web-7d4b9c8f5d-fghij                  1/1     Running             0          5m1s   10.244.0.6   kind-worker2   <none>           <none>

            """)
    }

    @Test func labelColumnsLeaveTrailingPaddingForEmptyLastCell() {
        let pods = Array(PrintingFixtures.transcriptPods.prefix(2)).map { pod -> JSONValue in
            var pod = pod
            pod["metadata"]["creationTimestamp"] = pod.objectName == "solo" ? pod["metadata"]["creationTimestamp"] : .string(PrintingFixtures.ago(54))
            return pod
        }
        #expect(TablePrinter.render(pods, now: now, options: TableOptions(labelColumns: ["app", "tier"])) == """
            NAME                                  READY   STATUS              RESTARTS   AGE   APP     TIER
            pending-one-with-a-much-longer-name   0/1     ContainerCreating   0          54s   batch   
            solo                                  1/1     Running             3          26h   solo    backend

            """)
    }

    @Test func showLabelsNoHeadersAllNamespacesAndKindPrefix() {
        let pods = Array(PrintingFixtures.transcriptPods.suffix(2))
        #expect(TablePrinter.render(pods, now: now.adding(seconds: 1), options: TableOptions(showLabels: true)) == """
            NAME                   READY   STATUS    RESTARTS   AGE    LABELS
            web-7d4b9c8f5d-abcde   1/1     Running   0          5m2s   app=web,pod-template-hash=7d4b9c8f5d
            web-7d4b9c8f5d-fghij   1/1     Running   0          5m2s   app=web,pod-template-hash=7d4b9c8f5d

            """)
        #expect(TablePrinter.render([PrintingFixtures.transcriptPods[0]], now: now.adding(seconds: 7), options: TableOptions(noHeaders: true)) ==
            "pending-one-with-a-much-longer-name   0/1   ContainerCreating   0     50s\n")
        #expect(TablePrinter.render([pods[0]], now: now, options: TableOptions(allNamespaces: true, kindPrefix: true)) == """
            NAMESPACE   NAME                       READY   STATUS    RESTARTS   AGE
            default     pod/web-7d4b9c8f5d-abcde   1/1     Running   0          5m1s

            """)
        #expect(TablePrinter.render([], now: now, options: TableOptions()) == "")
    }

    @Test func servicesSlicesAndDeploymentsMatchTheTranscript() {
        let services = [
            PrintingFixtures.service("kubernetes", age: 3 * 86400 + 5, clusterIP: "10.96.0.1", port: 443, targetPort: 6443, selector: nil),
            PrintingFixtures.service("web", age: 308, clusterIP: "10.96.12.34", port: 80, targetPort: 80, selector: ["app": "web"]),
        ]
        #expect(TablePrinter.render(services, now: now, options: TableOptions(wide: true)) == """
            NAME         TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)   AGE    SELECTOR
            kubernetes   ClusterIP   10.96.0.1     <none>        443/TCP   3d     <none>
            web          ClusterIP   10.96.12.34   <none>        80/TCP    5m8s   app=web

            """)
        let slices = [
            PrintingFixtures.slice("kubernetes", service: "kubernetes", age: 3 * 86400, port: 6443, portName: "https", addresses: ["172.18.0.2"]),
            PrintingFixtures.slice("web-x7k2p", service: "web", age: 308, port: 80, addresses: ["10.244.0.5", "10.244.0.6"]),
        ]
        #expect(TablePrinter.render(slices, now: now, options: TableOptions()) == """
            NAME         ADDRESSTYPE   PORTS   ENDPOINTS               AGE
            kubernetes   IPv4          6443    172.18.0.2              3d
            web-x7k2p    IPv4          80      10.244.0.5,10.244.0.6   5m8s

            """)
        let deployment: JSONValue = [
            "apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": ["name": "web", "namespace": "default", "creationTimestamp": .string(PrintingFixtures.ago(314))],
            "spec": ["replicas": 2, "selector": ["matchLabels": ["app": "web"]], "template": ["spec": ["containers": [["name": "nginx", "image": "nginx:1.25"]]]]],
            "status": ["replicas": 2, "readyReplicas": 2, "updatedReplicas": 2, "availableReplicas": 2],
        ]
        #expect(TablePrinter.render([deployment], now: now, options: TableOptions(wide: true)) == """
            NAME   READY   UP-TO-DATE   AVAILABLE   AGE     CONTAINERS   IMAGES       SELECTOR
            web    2/2     2            2           5m14s   nginx        nginx:1.25   app=web

            """)
        #expect(TablePrinter.render([deployment, services[1]], now: now, options: TableOptions(kindPrefix: true)) ==
            "NAME" + String(repeating: " ", count: 18) + "READY   UP-TO-DATE   AVAILABLE   AGE\n"
            + "deployment.apps/web   2/2     2            2           5m14s\n\n"
            + "NAME          TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)   AGE\n"
            + "service/web   ClusterIP   10.96.12.34   <none>        80/TCP    5m8s\n")
    }

    @Test func sliceOverflowAndUnset() {
        var slice = PrintingFixtures.slice("s", service: "x", age: 10, port: 80, addresses: ["10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4", "10.0.0.5"])
        #expect(EndpointSliceTable.endpoints(slice) == "10.0.0.1,10.0.0.2,10.0.0.3 + 2 more...")
        slice["endpoints"] = []
        slice["ports"] = []
        #expect(EndpointSliceTable.endpoints(slice) == "<unset>")
        #expect(EndpointSliceTable.ports(slice) == "<unset>")
    }

    @Test func terminatingWorkedExample() {
        var old = PrintingFixtures.pod("nginx-deployment-7768647bf9-b4b9s", age: 241)
        old["metadata"]["deletionTimestamp"] = .string(now.adding(seconds: 100).rfc3339)
        let new = PrintingFixtures.pod("nginx-deployment-7768647bf9-rkxlw", age: 8)
        #expect(TablePrinter.render([old, new], now: now, options: TableOptions()) == """
            NAME                                READY   STATUS        RESTARTS   AGE
            nginx-deployment-7768647bf9-b4b9s   1/1     Terminating   0          4m1s
            nginx-deployment-7768647bf9-rkxlw   1/1     Running       0          8s

            """)
    }

    @Test func nodesEventsNamespaces() {
        let node: JSONValue = [
            "apiVersion": "v1", "kind": "Node",
            "metadata": ["name": "kind-control-plane", "creationTimestamp": .string(PrintingFixtures.ago(3 * 86400)),
                         "labels": ["node-role.kubernetes.io/control-plane": "", "kubernetes.io/hostname": "kind-control-plane"]],
            "spec": ["unschedulable": true],
            "status": ["conditions": [["type": "Ready", "status": "True"]], "addresses": [["type": "InternalIP", "address": "172.18.0.2"]],
                       "nodeInfo": ["kubeletVersion": "v1.35.0", "osImage": "Debian GNU/Linux 12 (bookworm)", "kernelVersion": "6.1.0-18-amd64", "containerRuntimeVersion": "containerd://2.1.1"]],
        ]
        #expect(TablePrinter.render([node], now: now, options: TableOptions(wide: true)) == """
            NAME                 STATUS                     ROLES           AGE   VERSION   INTERNAL-IP   EXTERNAL-IP   OS-IMAGE                         KERNEL-VERSION   CONTAINER-RUNTIME
            kind-control-plane   Ready,SchedulingDisabled   control-plane   3d    v1.35.0   172.18.0.2    <none>        Debian GNU/Linux 12 (bookworm)   6.1.0-18-amd64   containerd://2.1.1

            """)
        let event: JSONValue = [
            "apiVersion": "v1", "kind": "Event", "type": "Warning", "reason": "BackOff", "count": 3,
            "metadata": ["name": "solo.1", "namespace": "default"],
            "involvedObject": ["kind": "Pod", "name": "solo", "namespace": "default", "fieldPath": "spec.containers{c}"],
            "firstTimestamp": .string(PrintingFixtures.ago(1200)), "lastTimestamp": .string(PrintingFixtures.ago(181)),
            "message": "Back-off restarting failed container c in pod solo_default\nsecond line", "source": ["component": "kubelet", "host": "kind-worker"],
        ]
        #expect(TablePrinter.render([event], now: now, options: TableOptions()) == """
            LAST SEEN   TYPE      REASON    OBJECT     MESSAGE
            3m1s        Warning   BackOff   pod/solo   Back-off restarting failed container c in pod solo_default...

            """)
        #expect(TablePrinter.columns(forKind: "Event", wide: true) == ["LAST SEEN", "TYPE", "REASON", "OBJECT", "SUBOBJECT", "SOURCE", "MESSAGE", "FIRST SEEN", "COUNT", "NAME"])
        #expect(TablePrinter.cells(for: event, now: now, options: TableOptions(wide: true)).suffix(6) ==
            ["spec.containers{c}", "kubelet, kind-worker", "Back-off restarting failed container c in pod solo_default...", "20m", "3", "solo.1"])
        let namespace: JSONValue = ["apiVersion": "v1", "kind": "Namespace", "metadata": ["name": "default", "creationTimestamp": .string(PrintingFixtures.ago(7200))], "status": ["phase": "Active"]]
        #expect(TablePrinter.render([namespace], now: now, options: TableOptions()) == "NAME      STATUS   AGE\ndefault   Active   120m\n")
    }

    @Test func watchPrinterPrintsHeaderOnceAndRemembersWidths() {
        var printer = WatchTablePrinter(options: TableOptions(), showEventType: true)
        let solo = PrintingFixtures.pod("solo", age: 26 * 3600, restarts: 4)
        let long = PrintingFixtures.pod("a-pod-with-a-really-really-long-name-exceeding-widths", age: 0, phase: "Pending", ready: false, state: [:])
        var text = printer.rows(for: [solo], event: "ADDED", now: now)
        text += printer.row(for: long, event: "ADDED", now: now)
        var soloLater = solo
        soloLater["status"]["containerStatuses"] = [["name": "c", "ready": true, "restartCount": 5, "state": ["running": [:]]]]
        text += printer.row(for: soloLater, event: "MODIFIED", now: now)
        let longName = "a-pod-with-a-really-really-long-name-exceeding-widths"
        #expect(text == """
            EVENT      NAME   READY   STATUS    RESTARTS   AGE
            ADDED      solo   1/1     Running   4          26h
            ADDED      \(longName)   0/1     Pending   0          0s
            MODIFIED   solo\(String(repeating: " ", count: longName.count - 1))1/1     Running   5          26h

            """)
        var empty = WatchTablePrinter(options: TableOptions())
        #expect(empty.rows(for: [], event: nil, now: now) == "")
    }
}
