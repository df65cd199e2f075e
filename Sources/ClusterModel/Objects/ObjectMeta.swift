/// Typed `metadata` of the objects the model keeps typed (pods, EndpointSlices, events).
struct ObjectMeta: Sendable, Equatable {
    var name: String
    var namespace: String
    var uid: String
    var resourceVersion: Int = 0
    var generation: Int? = nil
    var creationTimestamp: Timestamp
    var generateName: String? = nil
    var labels: [String: String] = [:]
    var annotations: [String: String] = [:]
    /// Owner references as JSON (`apiVersion, blockOwnerDeletion, controller, kind, name, uid`).
    var ownerReferences: [JSONValue] = []
    var deletionTimestamp: Timestamp? = nil
    var deletionGracePeriodSeconds: Int? = nil
    var finalizers: [String] = []
    /// Any other metadata fields from the manifest, kept as given.
    var extra: [String: JSONValue] = [:]

    var key: ObjectKey { ObjectKey(namespace: namespace, name: name) }

    /// The `metadata` object as the API server serializes it.
    func render() -> JSONValue {
        var members = extra
        members["name"] = .string(name)
        if !namespace.isEmpty { members["namespace"] = .string(namespace) }
        members["uid"] = .string(uid)
        members["resourceVersion"] = .string(String(resourceVersion))
        if let generation { members["generation"] = .int(generation) }
        members["creationTimestamp"] = .string(creationTimestamp.rfc3339)
        if let generateName { members["generateName"] = .string(generateName) }
        if !labels.isEmpty { members["labels"] = JSONValue(stringMap: labels) }
        if !annotations.isEmpty { members["annotations"] = JSONValue(stringMap: annotations) }
        if !ownerReferences.isEmpty { members["ownerReferences"] = .array(ownerReferences) }
        if let deletionTimestamp { members["deletionTimestamp"] = .string(deletionTimestamp.rfc3339) }
        if let deletionGracePeriodSeconds { members["deletionGracePeriodSeconds"] = .int(deletionGracePeriodSeconds) }
        if !finalizers.isEmpty { members["finalizers"] = .array(finalizers.map { .string($0) }) }
        return .object(members)
    }

    /// The controller owner's uid, if any.
    var controllerUID: String? {
        ownerReferences.first { $0["controller"].bool == true }?["uid"].string
    }
}
