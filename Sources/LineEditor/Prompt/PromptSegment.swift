/// A run of prompt text drawn in one ``PromptStyle``.
public struct PromptSegment: Equatable, Sendable {
    public var text: String
    public var style: PromptStyle

    public init(_ text: String, style: PromptStyle = .plain) {
        self.text = text
        self.style = style
    }
}
