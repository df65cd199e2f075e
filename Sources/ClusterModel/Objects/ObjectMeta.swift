/// Typed `metadata` of the objects the model keeps typed (pods, EndpointSlices).
///
/// The fields that rarely change after creation (names, uid, labels, annotations, owner references, …) sit behind
/// one shared reference, so copying the metadata (every pod write copies a pod's) retains one object instead of a
/// dozen; changing one of them copies them into a new box. The fields the controllers change all the time
/// (resourceVersion, generation, deletion) are stored inline.
struct ObjectMeta: Sendable, Equatable {
    /// The rarely changing fields.
    private struct Fields: Sendable, Equatable {
        var name: String
        var namespace: String
        /// `ObjectKey.hashCode` of namespace and name, so that `key` costs no hashing.
        var keyHash: UInt64
        var uid: String
        var creationTimestamp: Timestamp
        var generateName: String?
        var labels: [String: String]
        var annotations: [String: String]
        var ownerReferences: [JSONValue]
        var finalizers: [String]
        var extra: [String: JSONValue]
        /// The controller owner's uid, if any (kept in step with `ownerReferences`).
        var controller: OwnerKey?
    }

    private final class Box: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box
    var resourceVersion: Int = 0
    var generation: Int? = nil
    var deletionTimestamp: Timestamp? = nil
    var deletionGracePeriodSeconds: Int? = nil

    var name: String { box.fields.name }
    var namespace: String { box.fields.namespace }
    var uid: String { box.fields.uid }
    var creationTimestamp: Timestamp { box.fields.creationTimestamp }
    var generateName: String? { box.fields.generateName }
    var finalizers: [String] { box.fields.finalizers }
    /// Any other metadata fields from the manifest, kept as given.
    var extra: [String: JSONValue] { box.fields.extra }
    /// The controller owner's uid, if any (kept in step with `ownerReferences`: the controllers read it on every
    /// pod write).
    var controllerUID: String? { box.fields.controller?.uid }
    /// `controllerUID` as the key of the controllers' owner index.
    var controllerKey: OwnerKey? { box.fields.controller }

    var labels: [String: String] {
        get { box.fields.labels }
        set { change { $0.labels = newValue } }
    }

    var annotations: [String: String] {
        get { box.fields.annotations }
        set { change { $0.annotations = newValue } }
    }

    /// Owner references as JSON (`apiVersion, blockOwnerDeletion, controller, kind, name, uid`).
    var ownerReferences: [JSONValue] {
        get { box.fields.ownerReferences }
        set {
            change {
                $0.ownerReferences = newValue
                $0.controller = ObjectMeta.controllerUID(of: newValue).map(OwnerKey.init)
            }
        }
    }

    /// Metadata with the given fields; everything else empty.
    init(
        name: String, namespace: String, uid: String, resourceVersion: Int = 0, generation: Int? = nil, creationTimestamp: Timestamp,
        generateName: String? = nil, labels: [String: String] = [:], annotations: [String: String] = [:], ownerReferences: [JSONValue] = [],
        deletionTimestamp: Timestamp? = nil, deletionGracePeriodSeconds: Int? = nil, finalizers: [String] = [], extra: [String: JSONValue] = [:]
    ) {
        self.init(
            name: name, namespace: namespace, uid: uid, resourceVersion: resourceVersion, generation: generation,
            creationTimestamp: creationTimestamp, generateName: generateName, labels: labels, annotations: annotations,
            ownerReferences: ownerReferences, controller: ObjectMeta.controllerUID(of: ownerReferences).map(OwnerKey.init),
            deletionTimestamp: deletionTimestamp, deletionGracePeriodSeconds: deletionGracePeriodSeconds, finalizers: finalizers, extra: extra)
    }

    /// Metadata whose controller reference is already known (`controller` must be what `ownerReferences` say).
    init(
        name: String, namespace: String, uid: String, resourceVersion: Int = 0, generation: Int? = nil, creationTimestamp: Timestamp,
        generateName: String? = nil, labels: [String: String] = [:], annotations: [String: String] = [:], ownerReferences: [JSONValue],
        controller: OwnerKey?, deletionTimestamp: Timestamp? = nil, deletionGracePeriodSeconds: Int? = nil, finalizers: [String] = [],
        extra: [String: JSONValue] = [:]
    ) {
        box = Box(
            Fields(
                name: name, namespace: namespace, keyHash: ObjectKey.hashCode(namespace: namespace, name: name), uid: uid,
                creationTimestamp: creationTimestamp, generateName: generateName, labels: labels, annotations: annotations,
                ownerReferences: ownerReferences, finalizers: finalizers, extra: extra, controller: controller))
        self.resourceVersion = resourceVersion
        self.generation = generation
        self.deletionTimestamp = deletionTimestamp
        self.deletionGracePeriodSeconds = deletionGracePeriodSeconds
    }

    /// Changes the boxed fields (into a new box: other versions of the object keep theirs).
    private mutating func change(_ update: (inout Fields) -> Void) {
        var fields = box.fields
        update(&fields)
        box = Box(fields)
    }

    static func == (lhs: ObjectMeta, rhs: ObjectMeta) -> Bool {
        lhs.resourceVersion == rhs.resourceVersion && lhs.generation == rhs.generation && lhs.deletionTimestamp == rhs.deletionTimestamp
            && lhs.deletionGracePeriodSeconds == rhs.deletionGracePeriodSeconds && (lhs.box === rhs.box || lhs.box.fields == rhs.box.fields)
    }

    var key: ObjectKey { ObjectKey(namespace: namespace, name: name, hashCode: box.fields.keyHash) }

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
