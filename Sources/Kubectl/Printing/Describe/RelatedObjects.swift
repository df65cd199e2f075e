import ClusterModel

/// What `describe` needs besides the object itself: related objects and events, as the real kubectl fetches
/// them with extra API calls. The caller backs it with the cluster.
public protocol RelatedObjects {
    /// Objects of `kind` in `namespace` (all namespaces when nil) whose labels match `labelSelector`
    /// (all objects of the kind when nil), in API order (namespace, then name).
    func list(kind: String, namespace: String?, labelSelector: [String: String]?) -> [JSONValue]

    /// The core/v1 Events whose `involvedObject` is `object` (kind, namespace, name; UID when set).
    func events(for object: JSONValue) -> [JSONValue]
}

/// A ``RelatedObjects`` over a fixed array of objects, for tests and for callers that already hold the objects.
public struct StaticRelatedObjects: RelatedObjects, Sendable {
    /// Every object that may be related (ReplicaSets, Pods, EndpointSlices, Events, …).
    public var objects: [JSONValue]

    /// A source over `objects`.
    public init(_ objects: [JSONValue] = []) { self.objects = objects }

    public func list(kind: String, namespace: String?, labelSelector: [String: String]?) -> [JSONValue] {
        objects.filter { object in
            guard object.kindName == kind else { return false }
            if let namespace, object.objectNamespace != namespace { return false }
            if let labelSelector {
                let labels = object["metadata"]["labels"].stringMap
                for (key, value) in labelSelector where labels[key] != value { return false }
            }
            return true
        }
    }

    public func events(for object: JSONValue) -> [JSONValue] {
        objects.filter { event in
            event.kindName == "Event" && event.text("involvedObject.kind") == object.kindName
                && event.text("involvedObject.name") == object.objectName
                && event.text("involvedObject.namespace") == object.objectNamespace
        }
    }
}
