import Kubectl

/// What the session tracks about the step being worked on.
struct StepRuntime: Sendable {
    /// The change-feed sequence when the step began.
    var entrySequence: Int
    /// Objects the learner's commands displayed since the step began.
    var observations: [Observation] = []
    /// `observed` checks that have passed once (they stay passed).
    var seen: Set<String> = []
    /// The latest result of each check.
    var results: [String: Bool] = [:]
    /// Commands run without completing the step.
    var attempts = 0
    /// Hints shown, in order.
    var shownHints: [String] = []
    /// Hints whose `command` trigger fired.
    var triggered: Set<String> = []
    /// Hints already announced as available.
    var announced: Set<String> = []
}
