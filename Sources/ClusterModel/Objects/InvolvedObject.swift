/// The `involvedObject` of an Event, kept typed (thousands of events share this shape).
struct InvolvedObject: Sendable, Equatable {
    var apiVersion: String
    var kind: String
    var name: String
    var namespace: String
    var uid: String
    /// The object's resourceVersion when the event was recorded (formatted when rendering; nil renders empty).
    var resourceVersion: Int?
    /// The container the event is about, if any (`fieldPath` is built from it when rendering, so that thousands
    /// of events do not each keep their own `spec.containers{…}` string).
    var container: String? = nil

    /// `spec.containers{<name>}` for an event about a container.
    var fieldPath: String? { container.map { "spec.containers{\($0)}" } }

    func render() -> JSONValue {
        var members: [String: JSONValue] = [
            "apiVersion": .string(apiVersion), "kind": .string(kind), "name": .string(name), "uid": .string(uid),
            "resourceVersion": .string(resourceVersion.map { String($0) } ?? ""),
        ]
        if !namespace.isEmpty { members["namespace"] = .string(namespace) }
        if let fieldPath { members["fieldPath"] = .string(fieldPath) }
        return .object(members)
    }
}
