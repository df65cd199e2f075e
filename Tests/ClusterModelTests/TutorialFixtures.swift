@testable import ClusterModel

/// Manifests of the tutorial "Explore Termination Behavior for Pods And Their Endpoints" and helpers.
enum TutorialFixtures {
    /// The tutorial Deployment (reference §1.1), with adjustable grace period, preStop and replicas.
    static func deployment(
        name: String = "nginx-deployment", replicas: Int = 1, grace: Int? = 120, preStop: [String]? = ["/bin/sh", "-c", "sleep 180"],
        image: String = "nginx:latest", readinessProbe: JSONValue? = nil
    ) -> JSONValue {
        var container: JSONValue = ["name": "nginx", "image": .string(image), "ports": [["containerPort": 80]]]
        if let preStop { container["lifecycle"] = ["preStop": ["exec": ["command": .array(preStop.map { .string($0) })]]] }
        if let readinessProbe { container["readinessProbe"] = readinessProbe }
        var spec: JSONValue = ["containers": [container]]
        if let grace { spec["terminationGracePeriodSeconds"] = .int(grace) }
        return [
            "apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": ["name": .string(name), "labels": ["app": "nginx"]],
            "spec": [
                "replicas": .int(replicas), "selector": ["matchLabels": ["app": "nginx"]],
                "template": ["metadata": ["labels": ["app": "nginx"]], "spec": spec],
            ],
        ]
    }

    /// The tutorial Service `nginx-service` (port 80 → 80).
    static func service(name: String = "nginx-service", publishNotReady: Bool = false) -> JSONValue {
        var spec: JSONValue = ["selector": ["app": "nginx"], "ports": [["protocol": "TCP", "port": 80, "targetPort": 80]]]
        if publishNotReady { spec["publishNotReadyAddresses"] = true }
        return ["apiVersion": "v1", "kind": "Service", "metadata": ["name": .string(name)], "spec": spec]
    }

    /// The slices of a service.
    static func slices(_ cluster: Cluster, service: String = "nginx-service") -> [JSONValue] {
        cluster.list(.endpointSlices, namespace: "default", selector: LabelSelector(matchLabels: ["kubernetes.io/service-name": service]))
    }

    /// All endpoints of a service's slices.
    static func endpoints(_ cluster: Cluster, service: String = "nginx-service") -> [JSONValue] {
        slices(cluster, service: service).flatMap { $0["endpoints"].array ?? [] }
    }

    /// Whether every pod of the app is Ready and there are `count` of them.
    static func readyPods(_ cluster: Cluster, count: Int) -> Bool {
        let pods = cluster.list(.pods, namespace: "default", selector: LabelSelector(matchLabels: ["app": "nginx"]))
        return pods.count == count
            && pods.allSatisfy { pod in
                pod["metadata"]["deletionTimestamp"].isNull
                    && (pod["status"]["conditions"].array ?? []).contains { $0["type"] == "Ready" && $0["status"] == "True" }
            }
    }
}
