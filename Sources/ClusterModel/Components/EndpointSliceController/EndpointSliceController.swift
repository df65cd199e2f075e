/// The EndpointSlice controller's state: Service selectors and their label index, which slice holds each pod's
/// endpoint, its work queue with the pods that changed, and the trigger time of pending changes.
///
/// Its logic is in `Cluster+EndpointSliceController.swift`.
struct EndpointSliceController: Sendable {
    /// A label within a namespace → services whose selector requires that label.
    var servicesByLabel: [LabelIndexKey: Set<ObjectKey>] = [:]
    /// Services with a non-empty selector, and the selector.
    var serviceSelectors: [ObjectKey: [String: String]] = [:]
    /// Bumped whenever `serviceSelectors` changes (invalidates `serviceMatchMemo`).
    var selectorsGeneration = 0
    /// The Services matched by the last label set `markServices` looked at.
    var serviceMatchMemo: ServiceMatchMemo? = nil
    /// Per service: which slice holds each pod's endpoint.
    var sliceOfPod: [ObjectKey: [ObjectKey: EndpointLocation]] = [:]
    /// Per service: its slices.
    var slicesOfService: [ObjectKey: Set<ObjectKey>] = [:]
    /// Slices the controller is deleting itself (see `expectDeletion`).
    var expectedDeletions: Set<ObjectKey> = []
    /// Services to sync, with the pods that changed or a pending full resync.
    var queue = DirtyServices()
    /// The latest trigger time of pending endpoint changes per service.
    var triggerTime: [ObjectKey: Timestamp] = [:]

    /// Up to this many selecting Services, `markServices` checks every selector instead of using the label index.
    static let serviceScanLimit = 16

    /// The label index key of `key=value` in `namespace`.
    static func labelKey(_ namespace: String, _ key: String, _ value: String) -> LabelIndexKey {
        LabelIndexKey(namespace: namespace, key: key, value: value)
    }
}
