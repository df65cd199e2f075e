import ClusterModel

/// The result of client-side `kubectl apply` on one object: what kubectl prints (`created`, `configured`, `unchanged`) and the stored object.
public struct ApplyOutcome: Sendable, Equatable {
    /// What happened to the object.
    public enum Operation: String, Sendable, Equatable {
        /// The object did not exist and was created.
        case created
        /// The object existed and was changed.
        case configured
        /// The object existed and the manifest changed nothing.
        case unchanged
    }

    /// What happened.
    public var operation: Operation
    /// The resource type of the object.
    public var resource: ResourceType
    /// The object as stored after the request.
    public var object: JSONValue
    /// The API server's warnings (unknown fields under `fieldValidation=Warn`).
    public var warnings: [String]

    /// Creates an outcome.
    public init(operation: Operation, resource: ResourceType, object: JSONValue, warnings: [String] = []) {
        self.operation = operation
        self.resource = resource
        self.object = object
        self.warnings = warnings
    }
}
