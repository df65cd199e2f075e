/// One completion candidate: the value to insert and an optional description shown in listings.
public struct Completion: Equatable, Sendable {
    /// The unquoted value, e.g. `endpointslices` or `--output=`.
    public var value: String
    /// A short description listed beside the value, e.g. `List pods`.
    public var detail: String?

    public init(_ value: String, detail: String? = nil) {
        self.value = value
        self.detail = detail
    }
}
