/// The result of decoding a request body against its kind's schema.
struct DecodedObject: Sendable {
    /// The object with only the fields the schema knows (and no nulls).
    var value: JSONValue
    /// Paths of the unknown fields that were dropped, in document order.
    var unknownFields: [String]
    /// The first type error, if any (the request fails with it whatever the field validation).
    var typeError: String?
}
