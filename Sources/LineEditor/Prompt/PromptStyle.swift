/// How one piece of a prompt is drawn: an optional foreground color and boldness.
///
///     PromptStyle(color: .green, bold: true)   // "bold green"
public struct PromptStyle: Equatable, Sendable {
    /// The eight standard ANSI foreground colors.
    public enum Color: Int, Sendable {
        case black = 30, red, green, yellow, blue, magenta, cyan, white
    }

    public var color: Color?
    public var bold: Bool

    public init(color: Color? = nil, bold: Bool = false) {
        self.color = color
        self.bold = bold
    }

    /// No styling at all.
    public static let plain = PromptStyle()

    /// The SGR parameters, e.g. "1;32", or nil when the style changes nothing.
    var sgrParameters: String? {
        var parts: [String] = []
        if bold { parts.append("1") }
        if let color { parts.append(String(color.rawValue)) }
        return parts.isEmpty ? nil : parts.joined(separator: ";")
    }
}
