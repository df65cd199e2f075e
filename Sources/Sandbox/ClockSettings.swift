/// How virtual time follows the wall clock while the shell is interactive.
///
/// In a terminal, virtual time runs at `speed` × real time unless `paused`; in script mode only explicit
/// commands move it, so transcripts stay deterministic. The settings live in the sandbox so that `clock`
/// can report and change them.
public struct ClockSettings: Hashable, Sendable {
    /// Virtual seconds per real second.
    public var speed: Double = 1
    /// When true, virtual time moves only through explicit commands, even in a terminal.
    public var paused = false

    /// Default settings: real-time speed, running.
    public init() {}

    /// The speed as the `clock` command prints it (`1x`, `10x`, `0.5x`).
    public var speedDescription: String {
        speed == speed.rounded() ? "\(Int(speed))x" : "\(speed)x"
    }
}
