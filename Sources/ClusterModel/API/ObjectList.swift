/// The answer to a `LIST`: the items and the list's metadata (resourceVersion, `continue`, `remainingItemCount`).
public struct ObjectList: Sendable, Equatable {
    /// The objects, sorted by namespace, then name.
    public var items: [JSONValue]
    /// The store's resourceVersion when the list was read (a watch started from it misses nothing).
    public var resourceVersion: String
    /// Set when a limit cut the list short: pass it as `ListOptions.continueToken` for the rest.
    public var continueToken: String?
    /// How many items the following chunks hold, when `continueToken` is set.
    public var remainingItemCount: Int?

    /// Creates a list answer.
    public init(items: [JSONValue], resourceVersion: String, continueToken: String? = nil, remainingItemCount: Int? = nil) {
        self.items = items
        self.resourceVersion = resourceVersion
        self.continueToken = continueToken
        self.remainingItemCount = remainingItemCount
    }
}
