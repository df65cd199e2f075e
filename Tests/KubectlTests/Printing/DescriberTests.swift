import ClusterModel
import Testing

@testable import Kubectl

@Suite struct DescriberTests {
    let now = PrintingFixtures.now

    static var terminatingPod: JSONValue {
        var pod = PrintingFixtures.pod("nginx-deployment-7768647bf9-b4b9s", age: 300, ip: "10.244.1.5", node: "kind-worker",
                                       labels: ["app": "nginx", "pod-template-hash": "7768647bf9"])
        pod["metadata"]["deletionTimestamp"] = .string(PrintingFixtures.now.adding(seconds: 100).rfc3339)
        pod["metadata"]["deletionGracePeriodSeconds"] = 120
        pod["metadata"]["ownerReferences"] = [["apiVersion": "apps/v1", "kind": "ReplicaSet", "name": "nginx-deployment-7768647bf9", "controller": true, "uid": "rs"]]
        pod["spec"] = [
            "priority": 0, "serviceAccountName": "default", "nodeName": "kind-worker",
            "containers": [["name": "nginx", "image": "nginx:latest", "ports": [["containerPort": 80, "protocol": "TCP"]],
                            "volumeMounts": [["mountPath": "/var/run/secrets/kubernetes.io/serviceaccount", "name": "kube-api-access-x7k2p", "readOnly": true]]]],
            "volumes": [["name": "kube-api-access-x7k2p", "projected": ["sources": [
                ["serviceAccountToken": ["expirationSeconds": 3607, "path": "token"]],
                ["configMap": ["name": "kube-root-ca.crt", "items": [["key": "ca.crt", "path": "ca.crt"]]]],
                ["downwardAPI": ["items": [["path": "namespace"]]]],
            ]]]],
            "tolerations": [
                ["key": "node.kubernetes.io/not-ready", "operator": "Exists", "effect": "NoExecute", "tolerationSeconds": 300],
                ["key": "node.kubernetes.io/unreachable", "operator": "Exists", "effect": "NoExecute", "tolerationSeconds": 300],
            ],
        ]
        pod["status"]["hostIP"] = "172.18.0.3"
        pod["status"]["startTime"] = "2026-11-28T11:55:00Z"
        pod["status"]["qosClass"] = "BestEffort"
        pod["status"]["containerStatuses"] = [[
            "name": "nginx", "ready": true, "restartCount": 0, "containerID": "containerd://abc", "image": "docker.io/library/nginx:latest",
            "imageID": "docker.io/library/nginx@sha256:def", "state": ["running": ["startedAt": "2026-11-28T11:55:02Z"]],
        ]]
        pod["status"]["conditions"] = [
            ["type": "PodReadyToStartContainers", "status": "True"], ["type": "Initialized", "status": "True"],
            ["type": "Ready", "status": "True"], ["type": "ContainersReady", "status": "True"], ["type": "PodScheduled", "status": "True"],
        ]
        return pod
    }

    @Test func describePodWhileTerminating() {
        let killing: JSONValue = [
            "kind": "Event", "type": "Normal", "reason": "Killing", "message": "Stopping container nginx", "count": 1,
            "involvedObject": ["kind": "Pod", "name": "nginx-deployment-7768647bf9-b4b9s", "namespace": "default", "fieldPath": "spec.containers{nginx}"],
            "firstTimestamp": .string(PrintingFixtures.ago(20)), "lastTimestamp": .string(PrintingFixtures.ago(20)), "source": ["component": "kubelet"],
            "metadata": ["name": "e1", "namespace": "default"],
        ]
        let text = Describer.describe(Self.terminatingPod, related: StaticRelatedObjects([killing]), now: now)
        #expect(text == """
            Name:                      nginx-deployment-7768647bf9-b4b9s
            Namespace:                 default
            Priority:                  0
            Service Account:           default
            Node:                      kind-worker/172.18.0.3
            Start Time:                Sat, 28 Nov 2026 11:55:00 +0000
            Labels:                    app=nginx
                                       pod-template-hash=7768647bf9
            Annotations:               <none>
            Status:                    Terminating (lasts <invalid>)
            Termination Grace Period:  120s
            IP:                        10.244.1.5
            IPs:
              IP:           10.244.1.5
            Controlled By:  ReplicaSet/nginx-deployment-7768647bf9
            Containers:
              nginx:
                Container ID:   containerd://abc
                Image:          nginx:latest
                Image ID:       docker.io/library/nginx@sha256:def
                Port:           80/TCP
                Host Port:      0/TCP
                State:          Running
                  Started:      Sat, 28 Nov 2026 11:55:02 +0000
                Ready:          True
                Restart Count:  0
                Environment:    <none>
                Mounts:
                  /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-x7k2p (ro)
            Conditions:
              Type                        Status
              PodReadyToStartContainers   True 
              Initialized                 True 
              Ready                       True 
              ContainersReady             True 
              PodScheduled                True 
            Volumes:
              kube-api-access-x7k2p:
                Type:                    Projected (a volume that contains injected data from multiple sources)
                TokenExpirationSeconds:  3607
                ConfigMapName:           kube-root-ca.crt
                Optional:                false
                DownwardAPI:             true
            QoS Class:                   BestEffort
            Node-Selectors:              <none>
            Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                                         node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
            Events:
              Type    Reason   Age   From     Message
              ----    ------   ----  ----     -------
              Normal  Killing  20s   kubelet  spec.containers{nginx}: Stopping container nginx

            """)
    }

    /// `describeContainerPorts`: each port with its name in parentheses, joined by ", " (kubectl v1.35; checked on
    /// CoreDNS's five ports).
    @Test func namedPortsShowTheirNames() {
        var pod = Self.terminatingPod
        var container = pod["spec"]["containers"][0]
        container["ports"] = [
            ["containerPort": 53, "protocol": "UDP", "name": "dns"], ["containerPort": 9153, "protocol": "TCP", "name": "metrics"],
            ["containerPort": 8080, "protocol": "TCP"],
        ]
        pod["spec"]["containers"] = [container]
        let text = Describer.describe(pod, related: StaticRelatedObjects([]), now: now)
        #expect(text.contains("\n    Ports:          53/UDP (dns), 9153/TCP (metrics), 8080/TCP\n    Host Ports:     0/UDP (dns), 0/TCP (metrics), 0/TCP\n"))
        container["ports"] = [["containerPort": 80, "protocol": "TCP", "name": "http"]]
        pod["spec"]["containers"] = [container]
        #expect(Describer.describe(pod, related: StaticRelatedObjects([]), now: now).contains("\n    Port:           80/TCP (http)\n    Host Port:      0/TCP (http)\n"))
    }

    @Test func describeServiceAndRepeatedEvents() {
        let service = PrintingFixtures.service("kubernetes", age: 100, clusterIP: "10.96.0.1", port: 443, targetPort: 6443, selector: nil)
        var labeled = service
        labeled["metadata"]["labels"] = ["component": "apiserver", "provider": "kubernetes"]
        labeled["spec"]["ports"] = [["name": "https", "port": 443, "protocol": "TCP", "targetPort": 6443]]
        let slice = PrintingFixtures.slice("kubernetes", service: "kubernetes", age: 100, port: 6443, portName: "https", addresses: ["172.18.0.2"])
        #expect(Describer.describe(labeled, related: StaticRelatedObjects([slice]), now: now) == """
            Name:                     kubernetes
            Namespace:                default
            Labels:                   component=apiserver
                                      provider=kubernetes
            Annotations:              <none>
            Selector:                 <none>
            Type:                     ClusterIP
            IP Family Policy:         SingleStack
            IP Families:              IPv4
            IP:                       10.96.0.1
            IPs:                      10.96.0.1
            Port:                     https  443/TCP
            TargetPort:               6443/TCP
            Endpoints:                172.18.0.2:6443
            Session Affinity:         None
            Internal Traffic Policy:  Cluster
            Events:                   <none>

            """)
        let backOff: JSONValue = [
            "kind": "Event", "type": "Warning", "reason": "BackOff", "count": 3, "message": "Back-off restarting failed container c in pod solo_default",
            "involvedObject": ["kind": "Pod", "name": "solo", "namespace": "default", "fieldPath": "spec.containers{c}"],
            "firstTimestamp": .string(PrintingFixtures.ago(1200)), "lastTimestamp": .string(PrintingFixtures.ago(181)), "source": ["component": "kubelet"],
        ]
        var writer = PrefixWriter()
        DescribeSections.events(&writer, [backOff], now: now)
        #expect(writer.rendered() == """
            Events:
              Type     Reason   Age                 From     Message
              ----     ------   ----                ----     -------
              Warning  BackOff  3m1s (x3 over 20m)  kubelet  spec.containers{c}: Back-off restarting failed container c in pod solo_default

            """)
    }
}
