/// What a successful write returns: the object as stored (or as it would be stored, in a dry run) and the
/// warnings the API server sends back in `Warning` headers.
public struct WriteResult: Sendable, Equatable {
    /// The object after the write.
    public var object: JSONValue
    /// Warnings for the client to print (`unknown field "spec.foo"`), in order.
    public var warnings: [String]

    /// Creates a result.
    public init(object: JSONValue, warnings: [String] = []) {
        self.object = object
        self.warnings = warnings
    }
}
