/// The query of a `LIST` (metav1.ListOptions): selectors and chunking.
public struct ListOptions: Sendable, Equatable {
    /// Objects must match these labels.
    public var labelSelector: LabelSelector?
    /// Objects must match these fields (checked against the kind's supported field labels).
    public var fieldSelector: FieldSelector?
    /// At most this many items (nil or 0: all); the answer's `continueToken` fetches the next chunk.
    public var limit: Int?
    /// The `continue` token of the previous chunk.
    public var continueToken: String?

    /// Creates a query; the default lists everything.
    public init(labelSelector: LabelSelector? = nil, fieldSelector: FieldSelector? = nil, limit: Int? = nil, continueToken: String? = nil) {
        self.labelSelector = labelSelector
        self.fieldSelector = fieldSelector
        self.limit = limit
        self.continueToken = continueToken
    }
}
