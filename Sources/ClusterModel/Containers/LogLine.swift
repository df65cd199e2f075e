/// One line a container's process wrote to its output, with the time the container runtime recorded it.
public struct LogLine: Sendable, Hashable {
    /// When the runtime recorded the line (what `kubectl logs --timestamps` prints).
    public var time: Timestamp
    /// The text, without the line break.
    public var text: String

    /// A line written at `time`.
    public init(time: Timestamp, text: String) {
        self.time = time
        self.text = text
    }
}
