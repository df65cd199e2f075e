/// The opaque `continue` token of a chunked `LIST`: `RV/namespace/name`, naming the last key returned, as the etcd3
/// store's token names its key (storage `EncodeContinue`, which also base64-encodes it; clients never look inside,
/// and object names need no escaping).
///
/// Unlike etcd, the simulated store keeps no old revisions: the next chunk is read from the current state, starting
/// after that key (objects created or deleted in between are seen or missed as their names fall).
struct ContinueToken: Equatable {
    /// The resourceVersion of the first chunk.
    var resourceVersion: Int
    /// The last item returned (an empty namespace for cluster-scoped kinds).
    var namespace: String
    var name: String

    /// The token's text.
    var encoded: String { "\(resourceVersion)/\(namespace)/\(name)" }

    /// Reads a token; a malformed one is the API server's BadRequest.
    init(decoding text: String) throws(APIError) {
        let parts = text.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, let resourceVersion = Int(parts[0]), !parts[2].isEmpty else {
            throw .badRequest("continue key is not valid: \(text)")
        }
        self.resourceVersion = resourceVersion
        self.namespace = String(parts[1])
        self.name = String(parts[2])
    }

    /// A token naming the last returned item at `resourceVersion`.
    init(resourceVersion: Int, namespace: String, name: String) {
        self.resourceVersion = resourceVersion
        self.namespace = namespace
        self.name = name
    }
}
