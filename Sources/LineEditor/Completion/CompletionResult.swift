/// A provider's answer: which part of the line the candidates replace, and the candidates.
public struct CompletionResult: Equatable, Sendable {
    /// The `Character` offset where the token being completed starts; the text from here to the
    /// cursor is replaced.
    public var replacingFrom: Int
    /// The matching candidates, in the order they should be listed.
    public var candidates: [Completion]

    public init(replacingFrom: Int, candidates: [Completion]) {
        self.replacingFrom = replacingFrom
        self.candidates = candidates
    }

    /// No candidates.
    public static let none = CompletionResult(replacingFrom: 0, candidates: [])
}
