/// The (legacy) Endpoints controller's state: its work queue and what each Service's Endpoints object was last built
/// from.
///
/// Its logic is `syncEndpoints` in `Cluster+EndpointsController.swift`.
struct EndpointsController: Sendable {
    /// Services whose Endpoints to rebuild, with the trigger time to record.
    var syncs: [ObjectKey: String] = [:]
    /// Services that were deleted: their Endpoints objects go.
    var deletions: Set<ObjectKey> = []
    /// Per Service: the address JSON of each endpoint (by pod key hash) in its last Endpoints build, for reuse.
    var addresses: [ObjectKey: [UInt64: (endpoint: EndpointRecord, json: JSONValue)]] = [:]
    /// What each Service's Endpoints object was last built with.
    var contents: [ObjectKey: EndpointsContent] = [:]
}
