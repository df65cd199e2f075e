/// The Services whose selectors matched the last label set `markServices` looked at.
///
/// Pods of one template share their labels' storage, so thousands of writes in a row ask about the same labels and
/// comparing them is an identity check. Valid while no Service selector changes (`ControllerState.selectorsGeneration`).
struct ServiceMatchMemo: Sendable {
    var namespace: String
    var labels: [String: String]
    var generation: Int
    /// The matching Services (a Service matched through two labels of the index appears twice, as it is queued).
    var services: [ObjectKey]
}
