/// The `LIST` verb with its query: label and field selectors, `limit` and `continue`.
extension Cluster {
    /// `LIST`: the objects of `type` in `namespace` (nil: all namespaces) matching `options`, sorted by namespace,
    /// then name, in chunks of `options.limit`.
    ///
    /// - Throws: BadRequest for a malformed or unsupported field selector and for a bad `continue` token.
    public func list(_ type: ResourceType, namespace: String?, options: ListOptions) throws(APIError) -> ObjectList {
        try options.fieldSelector?.check(for: type)
        var items = list(type, namespace: namespace, selector: options.labelSelector)
        if let fieldSelector = options.fieldSelector, !fieldSelector.isEmpty { items = items.filter(fieldSelector.matches) }
        if let text = options.continueToken {
            let token = try ContinueToken(decoding: text)
            let after = ObjectKey(namespace: token.namespace, name: token.name)
            items.removeFirst(items.prefix { !(Self.listKey($0) > after) }.count)
        }
        var result = ObjectList(items: items, resourceVersion: String(lastSequence))
        if let limit = options.limit, limit > 0, items.count > limit {
            let last = items[limit - 1]
            let key = Self.listKey(last)
            result.items = Array(items.prefix(limit))
            result.continueToken = ContinueToken(resourceVersion: lastSequence, namespace: key.namespace, name: key.name).encoded
            result.remainingItemCount = items.count - limit
        }
        return result
    }

    /// The store key a listed object sorts by.
    private static func listKey(_ object: JSONValue) -> ObjectKey {
        ObjectKey(namespace: object["metadata"]["namespace"].string ?? "", name: object["metadata"]["name"].string ?? "")
    }
}
