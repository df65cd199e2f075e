/// The `involvedObject` of an Event, kept typed (thousands of events share this shape).
struct InvolvedObject: Sendable, Equatable {
    var apiVersion: String
    var kind: String
    var name: String
    var namespace: String
    var uid: String
    var resourceVersion: String
    var fieldPath: String? = nil

    func render() -> JSONValue {
        var members: [String: JSONValue] = [
            "apiVersion": .string(apiVersion), "kind": .string(kind), "name": .string(name), "uid": .string(uid),
            "resourceVersion": .string(resourceVersion),
        ]
        if !namespace.isEmpty { members["namespace"] = .string(namespace) }
        if let fieldPath { members["fieldPath"] = .string(fieldPath) }
        return .object(members)
    }
}
