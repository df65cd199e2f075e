import ClusterModel

/// One object a command names: its resource type and name (`pod/x`, or `pod x`).
public struct ObjectReference: Hashable, Sendable, CustomStringConvertible {
    /// The resolved type.
    public var resource: ResourceType
    /// The object name.
    public var name: String

    /// Creates a reference.
    public init(resource: ResourceType, name: String) {
        self.resource = resource
        self.name = name
    }

    /// `pods/x`, the form `kubectl wait` prints.
    public var description: String { "\(resource.plural)/\(name)" }
}
