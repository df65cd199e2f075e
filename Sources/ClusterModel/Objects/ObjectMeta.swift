/// Typed `metadata` of the objects the model keeps typed (pods, EndpointSlices, events).
struct ObjectMeta: Sendable, Equatable {
    let name: String
    let namespace: String
    /// `ObjectKey.hashCode` of namespace and name, so that `key` costs no hashing.
    private let keyHash: UInt64
    var uid: String
    var resourceVersion: Int = 0
    var generation: Int? = nil
    var creationTimestamp: Timestamp
    var generateName: String? = nil
    var labels: [String: String] = [:]
    var annotations: [String: String] = [:]
    /// Owner references as JSON (`apiVersion, blockOwnerDeletion, controller, kind, name, uid`).
    var ownerReferences: [JSONValue] = [] {
        didSet { controllerUID = ObjectMeta.controllerUID(of: ownerReferences) }
    }
    var deletionTimestamp: Timestamp? = nil
    var deletionGracePeriodSeconds: Int? = nil
    var finalizers: [String] = []
    /// Any other metadata fields from the manifest, kept as given.
    var extra: [String: JSONValue] = [:]

    /// The controller owner's uid, if any (kept in step with `ownerReferences`: the controllers read it on
    /// every pod write).
    private(set) var controllerUID: String?

    /// Metadata with the given fields; everything else empty.
    init(
        name: String, namespace: String, uid: String, resourceVersion: Int = 0, generation: Int? = nil, creationTimestamp: Timestamp,
        generateName: String? = nil, labels: [String: String] = [:], annotations: [String: String] = [:], ownerReferences: [JSONValue] = [],
        deletionTimestamp: Timestamp? = nil, deletionGracePeriodSeconds: Int? = nil, finalizers: [String] = [], extra: [String: JSONValue] = [:]
    ) {
        self.name = name
        self.namespace = namespace
        self.keyHash = ObjectKey.hashCode(namespace: namespace, name: name)
        self.uid = uid
        self.resourceVersion = resourceVersion
        self.generation = generation
        self.creationTimestamp = creationTimestamp
        self.generateName = generateName
        self.labels = labels
        self.annotations = annotations
        self.ownerReferences = ownerReferences
        self.deletionTimestamp = deletionTimestamp
        self.deletionGracePeriodSeconds = deletionGracePeriodSeconds
        self.finalizers = finalizers
        self.extra = extra
        self.controllerUID = ObjectMeta.controllerUID(of: ownerReferences)
    }

    var key: ObjectKey { ObjectKey(namespace: namespace, name: name, hashCode: keyHash) }

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

    /// The uid of the reference with `controller: true`, if any.
    static func controllerUID(of references: [JSONValue]) -> String? {
        references.first { $0["controller"].bool == true }?["uid"].string
    }
}
