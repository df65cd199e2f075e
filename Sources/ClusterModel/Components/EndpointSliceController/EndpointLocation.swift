/// Where a pod's endpoint is in its Service's slices: the slice, and the endpoint's position in it when it was last
/// placed or found.
///
/// The position is a hint: removals ahead of the endpoint move it, and a stale hint only costs a scan of the slice.
/// A good hint finds the endpoint with one comparison instead of reading through a slice of up to 100 endpoints.
struct EndpointLocation: Sendable {
    var slice: ObjectKey
    var index: Int
}
