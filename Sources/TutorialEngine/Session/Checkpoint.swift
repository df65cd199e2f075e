import Sandbox

/// The state at the start of a step, restored by `reset` and before a solution runs.
struct Checkpoint: Sendable {
    var sandbox: Sandbox
    var bindings: [String: String]
}
