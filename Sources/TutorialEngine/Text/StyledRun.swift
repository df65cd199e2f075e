/// A run of text in one style.
public struct StyledRun: Hashable, Sendable {
    /// The text.
    public var text: String
    /// Its style.
    public var style: TextStyle

    /// A run.
    public init(_ text: String, _ style: TextStyle = .plain) {
        self.text = text
        self.style = style
    }

    /// Parses Markdown inline markup: `` `code` `` spans and `**bold**`. Other text stays plain.
    public static func parseInline(_ text: String) -> [StyledRun] {
        var runs: [StyledRun] = []
        var current = ""
        var index = text.startIndex
        func flush() {
            if !current.isEmpty { runs.append(StyledRun(current)) }
            current = ""
        }
        while index < text.endIndex {
            let character = text[index]
            if character == "`", let close = text[text.index(after: index)...].firstIndex(of: "`") {
                flush()
                runs.append(StyledRun(String(text[text.index(after: index)..<close]), .code))
                index = text.index(after: close)
                continue
            }
            if text[index...].hasPrefix("**"), let close = text[text.index(index, offsetBy: 2)...].firstRange(of: "**") {
                flush()
                runs.append(StyledRun(String(text[text.index(index, offsetBy: 2)..<close.lowerBound]), .bold))
                index = close.upperBound
                continue
            }
            current.append(character)
            index = text.index(after: index)
        }
        flush()
        return runs
    }
}
