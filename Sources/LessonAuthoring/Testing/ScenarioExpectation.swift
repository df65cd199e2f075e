/// One assertion at the end of a scenario, e.g. `refused: force` or `hintShown: wrong-name`.
public struct ScenarioExpectation: Hashable, Sendable, CustomStringConvertible {
    /// What is asserted.
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        /// The step is completed.
        case completed
        /// The step is not completed.
        case notCompleted
        /// A typed line was refused with this forbid rule's message (`ahead`: refused as ahead of time).
        case refused
        /// The text of this hint (of the scenario's step) was shown.
        case hintShown
        /// This check of the scenario's step fails now.
        case failing
        /// This check of the scenario's step passes now (or the step is done).
        case passing
        /// The output contains this text (language-independent text only, such as kubectl output).
        case output
    }

    /// The kind.
    public var kind: Kind
    /// The id or text.
    public var value: String

    /// An expectation.
    public init(kind: Kind, value: String) {
        self.kind = kind
        self.value = value
    }

    /// `refused: force`.
    public var description: String { "\(kind.rawValue): \(value)" }
}
