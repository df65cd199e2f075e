/// An EndpointSlice as the model keeps it: typed metadata and endpoints.
struct SliceRecord: Sendable, Equatable {
    var meta: ObjectMeta
    var addressType = "IPv4"
    /// The resolved ports (nil for a placeholder slice, serialized as `null`).
    var ports: [JSONValue]?
    var endpoints: [EndpointRecord] = []

    /// The slice as the API server serializes it (`endpoints`/`ports` are `null` when empty).
    func render() -> JSONValue {
        [
            "apiVersion": "discovery.k8s.io/v1",
            "kind": "EndpointSlice",
            "metadata": meta.render(),
            "addressType": .string(addressType),
            "endpoints": endpoints.isEmpty ? .null : .array(endpoints.map { $0.render() }),
            "ports": ports.map { .array($0) } ?? .null,
        ]
    }
}
