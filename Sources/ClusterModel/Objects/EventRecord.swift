/// A core/v1 Event as the model keeps it (`kubectl get events`, `describe` Events tables).
struct EventRecord: Sendable, Equatable {
    var meta: EventMeta
    var type: String
    var reason: String
    /// The message, as its parts (see `EventMessage`).
    var messageParts: EventMessage
    /// The message text.
    var message: String {
        get { messageParts.text }
        set { messageParts = .text(newValue) }
    }
    /// `involvedObject` (apiVersion, kind, name, namespace, uid, fieldPath, resourceVersion as applicable).
    var involvedObject: InvolvedObject
    /// `source.component` / `reportingComponent`, e.g. `kubelet`, `default-scheduler`.
    var component: String
    /// `source.host` / `reportingInstance` (node name for kubelet events).
    var host: String?
    var firstTimestamp: Timestamp
    var lastTimestamp: Timestamp
    var count = 1

    func render() -> JSONValue {
        if component == "default-scheduler" { return renderEventsAPI() }
        var source: [String: JSONValue] = ["component": .string(component)]
        if let host { source["host"] = .string(host) }
        let reportingController: String
        switch component {
        case "kubelet": reportingController = "kubelet"
        case "default-scheduler": reportingController = "default-scheduler"
        default: reportingController = component
        }
        return [
            "apiVersion": "v1",
            "kind": "Event",
            "metadata": meta.render(),
            "type": .string(type),
            "reason": .string(reason),
            "message": .string(messageParts.text),
            "involvedObject": involvedObject.render(),
            "source": .object(source),
            "reportingComponent": .string(reportingController),
            "reportingInstance": .string(host ?? ""),
            "firstTimestamp": .string(firstTimestamp.rfc3339),
            "lastTimestamp": .string(lastTimestamp.rfc3339),
            "count": .int(count),
            "eventTime": .null,
        ]
    }

    /// An event kube-scheduler records through the `events.k8s.io/v1` API (client-go's `tools/events` recorder), as
    /// the core/v1 API serves it: `eventTime` and `action`, no `source`, `firstTimestamp` or `lastTimestamp`, a
    /// `series` once repeated, `reportingInstance` `<controller>-<hostname>`.
    private func renderEventsAPI() -> JSONValue {
        var event: JSONValue = [
            "apiVersion": "v1",
            "kind": "Event",
            "metadata": meta.render(),
            "type": .string(type),
            "reason": .string(reason),
            "action": .string(reason == "Scheduled" ? "Binding" : "Scheduling"),
            "message": .string(messageParts.text),
            "involvedObject": involvedObject.render(),
            "source": .emptyObject,
            "reportingComponent": .string(component),
            "reportingInstance": .string(component + "-kind-control-plane"),
            "firstTimestamp": .null,
            "lastTimestamp": .null,
            "eventTime": .string(firstTimestamp.rfc3339Micro),
        ]
        if count > 1 { event["series"] = ["count": .int(count), "lastObservedTime": .string(lastTimestamp.rfc3339Micro)] }
        return event
    }
}
