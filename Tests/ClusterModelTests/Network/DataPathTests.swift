import Testing

@testable import ClusterModel

/// Requests through the simulated network: DNS names, kube-proxy's choice of endpoint (and its fallback to
/// serving terminating endpoints), the propagation delay that makes a pod without a preStop hook drop requests, and
/// the servers' answers and access logs.
@Suite struct DataPathTests {
    /// An nginx Deployment behind `nginx-service`, and a `client` pod to send requests from.
    static func cluster(replicas: Int = 2, preStop: Bool = true, seed: UInt64 = 71) throws -> Cluster {
        var cluster = Cluster(seed: seed)
        var container: JSONValue = ["name": "nginx", "image": "nginx:1.29", "ports": [["containerPort": 80, "name": "http"]]]
        if preStop { container["lifecycle"] = ["preStop": ["exec": ["command": ["/bin/sh", "-c", "sleep 20"]]]] }
        try cluster.declare([
            "apiVersion": "apps/v1", "kind": "Deployment", "metadata": ["name": "nginx"],
            "spec": [
                "replicas": .int(replicas), "selector": ["matchLabels": ["app": "nginx"]],
                "template": ["metadata": ["labels": ["app": "nginx"]], "spec": ["terminationGracePeriodSeconds": 60, "containers": [container]]],
            ],
        ])
        try cluster.declare([
            "apiVersion": "v1", "kind": "Service", "metadata": ["name": "nginx-service"],
            "spec": ["selector": ["app": "nginx"], "ports": [["port": 80, "targetPort": "http"]]],
        ])
        try cluster.declare([
            "apiVersion": "v1", "kind": "Pod", "metadata": ["name": "client"],
            "spec": ["containers": [["name": "client", "image": "busybox:1.37", "command": ["sleep", "infinity"]]]],
        ])
        cluster.advance(by: 30)
        return cluster
    }

    static func get(_ cluster: inout Cluster, _ host: String) -> RequestOutcome {
        cluster.send(HTTPRequest(client: .pod(namespace: "default", name: "client"), host: host, userAgent: "curl/8.17.0"))
    }

    static func nginxPods(_ cluster: Cluster) -> [String] {
        cluster.list(.pods, namespace: "default").compactMap { $0["metadata"]["name"].string }.filter { $0.hasPrefix("nginx-") }
    }

    @Test func aServiceNameAnswersWithNginxsPageFromOneOfItsPods() throws {
        var cluster = try Self.cluster()
        guard case .response(let response) = Self.get(&cluster, "nginx-service") else {
            Issue.record("no response")
            return
        }
        #expect(response.status == 200)
        #expect(response.body.utf8.count == 615)
        #expect(response.headers.first { $0.name == "Server" }?.value == "nginx/1.29.3")
        #expect(Self.nginxPods(cluster).contains(response.servedBy))
        let clusterIP = try #require(cluster.object(.services, namespace: "default", name: "nginx-service")?["spec"]["clusterIP"].string)
        #expect(response.address == clusterIP)
        // The pod's access log has the request, after nginx's start-up lines.
        let log = try cluster.podLog(namespace: "default", name: response.servedBy)
        let clientIP = try #require(cluster.object(.pods, namespace: "default", name: "client")?["status"]["podIP"].string)
        #expect(log.last?.text.hasPrefix("\(clientIP) - - [28/Nov/2026:12:00:30 +0000] \"GET / HTTP/1.1\" 200 615 \"-\" \"curl/8.17.0\" \"-\"") == true)
    }

    @Test func namesResolveThroughTheSearchPath() throws {
        let cluster = try Self.cluster()
        let clusterIP = try #require(cluster.object(.services, namespace: "default", name: "nginx-service")?["spec"]["clusterIP"].string)
        for name in ["nginx-service", "nginx-service.default", "nginx-service.default.svc", "nginx-service.default.svc.cluster.local", "NGINX-SERVICE.default.svc.cluster.local."] {
            #expect(cluster.resolve(name, fromNamespace: "default") == [clusterIP], "\(name)")
        }
        #expect(cluster.resolve("kube-dns.kube-system", fromNamespace: "default") == ["10.96.0.10"])
        #expect(cluster.resolve("kubernetes.default", fromNamespace: "kube-system") == ["10.96.0.1"])
        #expect(cluster.resolve("nginx-service", fromNamespace: "kube-system") == nil)
        #expect(cluster.resolve("example.com", fromNamespace: "default") == nil)
    }

    @Test func requestsSpreadOverTheReadyEndpointsFromTheSeed() throws {
        var cluster = try Self.cluster()
        var counts: [String: Int] = [:]
        for _ in 0..<100 {
            if case .response(let response) = Self.get(&cluster, "nginx-service") { counts[response.servedBy, default: 0] += 1 }
        }
        #expect(counts.count == 2)
        #expect(counts.values.allSatisfy { $0 > 30 })
        var again = try Self.cluster()
        var sameCounts: [String: Int] = [:]
        for _ in 0..<100 {
            if case .response(let response) = Self.get(&again, "nginx-service") { sameCounts[response.servedBy, default: 0] += 1 }
        }
        #expect(sameCounts == counts)
    }

    @Test func withAPreStopHookNoRequestFailsWhileAPodTerminates() throws {
        var cluster = try Self.cluster()
        let old = try #require(Self.nginxPods(cluster).first)
        _ = try cluster.delete(.pods, namespace: "default", name: old)
        var failures = 0
        var servedByOld = 0
        for _ in 0..<100 {
            switch Self.get(&cluster, "nginx-service") {
            case .response(let response): if response.servedBy == old { servedByOld += 1 }
            default: failures += 1
            }
            cluster.advance(by: 0.2)
        }
        #expect(failures == 0)
        // Only during the propagation delay (1 s, five requests) can a request still reach the old pod.
        #expect(servedByOld <= 5)
        // The terminating pod still answers requests sent to it directly during its preStop hook.
        var direct = try Self.cluster(seed: 72)
        let pod = try #require(Self.nginxPods(direct).first)
        let ip = try #require(direct.object(.pods, namespace: "default", name: pod)?["status"]["podIP"].string)
        _ = try direct.delete(.pods, namespace: "default", name: pod)
        direct.advance(by: 5)
        guard case .response(let response) = Self.get(&direct, ip) else {
            Issue.record("the terminating pod did not answer")
            return
        }
        #expect(response.servedBy == pod)
    }

    @Test func withoutAPreStopHookRequestsFailUntilKubeProxyCatchesUp() throws {
        var cluster = try Self.cluster(preStop: false)
        let old = try #require(Self.nginxPods(cluster).first)
        _ = try cluster.delete(.pods, namespace: "default", name: old)
        var failures = 0
        for _ in 0..<50 {
            if case .refused = Self.get(&cluster, "nginx-service") { failures += 1 }
            cluster.advance(by: 0.1)
        }
        #expect(failures > 0)
        #expect(failures < 15)
    }

    @Test func theOnlyPodTerminatingKeepsServingThroughTheFallback() throws {
        var cluster = try Self.cluster(replicas: 1)
        let only = try #require(Self.nginxPods(cluster).first)
        try cluster.declare([
            "apiVersion": "apps/v1", "kind": "Deployment", "metadata": ["name": "nginx"],
            "spec": [
                "replicas": 0, "selector": ["matchLabels": ["app": "nginx"]],
                "template": [
                    "metadata": ["labels": ["app": "nginx"]],
                    "spec": [
                        "terminationGracePeriodSeconds": 60,
                        "containers": [
                            [
                                "name": "nginx", "image": "nginx:1.29", "ports": [["containerPort": 80, "name": "http"]],
                                "lifecycle": ["preStop": ["exec": ["command": ["/bin/sh", "-c", "sleep 20"]]]],
                            ]
                        ],
                    ],
                ],
            ],
        ])
        cluster.advance(by: 5)
        guard case .response(let response) = Self.get(&cluster, "nginx-service") else {
            Issue.record("the serving terminating endpoint was not used")
            return
        }
        #expect(response.servedBy == only)
        cluster.advance(by: 60)
        #expect(Self.get(&cluster, "nginx-service") == .refused(address: cluster.object(.services, namespace: "default", name: "nginx-service")?["spec"]["clusterIP"].string ?? ""))
    }

    @Test func localhostIsTheClientPodItself() throws {
        var cluster = try Self.cluster()
        let pod = try #require(Self.nginxPods(cluster).first)
        let request = HTTPRequest(client: .pod(namespace: "default", name: pod), host: "localhost", userAgent: "curl/8.14.1")
        guard case .response(let response) = cluster.send(request) else {
            Issue.record("nginx did not answer on localhost")
            return
        }
        #expect(response.servedBy == pod)
        #expect(response.address == "127.0.0.1")
        // The client pod runs no server: its loopback refuses.
        #expect(Self.get(&cluster, "127.0.0.1") == .refused(address: "127.0.0.1"))
    }

    @Test func wrongPortsAndUnknownNames() throws {
        var cluster = try Self.cluster()
        let clusterIP = try #require(cluster.object(.services, namespace: "default", name: "nginx-service")?["spec"]["clusterIP"].string)
        #expect(cluster.send(HTTPRequest(client: .pod(namespace: "default", name: "client"), host: "nginx-service", port: 8080, userAgent: "curl")) == .timedOut(address: clusterIP))
        #expect(Self.get(&cluster, "nope") == .unresolved(host: "nope"))
        let clientIP = try #require(cluster.object(.pods, namespace: "default", name: "client")?["status"]["podIP"].string)
        #expect(Self.get(&cluster, clientIP) == .refused(address: clientIP))
        #expect(Self.get(&cluster, "10.244.9.9") == .timedOut(address: "10.244.9.9"))
    }
}
