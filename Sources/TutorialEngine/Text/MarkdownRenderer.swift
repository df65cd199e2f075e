import ClusterModel
import TerminalText

/// Renders the small Markdown subset of lesson texts for a terminal: paragraphs wrapped by display width,
/// `###` headings, `-`/`*`/`1.` lists, `>` quotes, fenced code blocks (verbatim, indented), `code` spans and
/// `**bold**`.
public struct MarkdownRenderer: Sendable {
    /// The terminal width in columns.
    public var width: Int
    /// How styles are written.
    public var style: TerminalStyle

    /// A renderer.
    public init(width: Int, style: TerminalStyle) {
        self.width = max(width, 20)
        self.style = style
    }

    /// A block of Markdown.
    enum Block {
        case paragraph(String)
        case heading(String)
        case item(marker: String, text: String)
        case quote(String)
        case code([String])
    }

    /// The rendered text, ending with a newline (empty input gives "").
    ///
    /// Control characters in the lesson's text are shown visibly (`^[`), so a lesson file cannot set the window
    /// title, clear the screen or write the clipboard; only the renderer's own styles reach the terminal.
    public func render(_ markdown: String) -> String {
        let blocks = Self.parse(TerminalEscaping.visible(markdown))
        var out: [String] = []
        var previousWasItem = false
        for block in blocks {
            let isItem: Bool
            if case .item = block { isItem = true } else { isItem = false }
            if !out.isEmpty, !(isItem && previousWasItem) { out.append("") }
            previousWasItem = isItem
            switch block {
            case .paragraph(let text):
                out += TextWrapper.wrap(StyledRun.parseInline(text), width: width, style: style)
            case .heading(let text):
                out += TextWrapper.wrap(StyledRun.parseInline(text).map { StyledRun($0.text, .heading) }, width: width, style: style)
            case .item(let marker, let text):
                let padding = String(repeating: " ", count: DisplayWidth.of(marker) + 1)
                out += TextWrapper.wrap(StyledRun.parseInline(text), width: width, firstIndent: marker + " ", indent: padding, style: style)
            case .quote(let text):
                out += TextWrapper.wrap(StyledRun.parseInline(text), width: width, firstIndent: "│ ", indent: "│ ", style: style)
            case .code(let lines):
                out += lines.map { "    " + style.apply(.code, to: $0) }
            }
        }
        return out.isEmpty ? "" : out.joined(separator: "\n") + "\n"
    }

    /// Splits Markdown into blocks.
    static func parse(_ markdown: String) -> [Block] {
        var blocks: [Block] = []
        var paragraph: [String] = []
        var codeLines: [String]?
        var item: (marker: String, lines: [String])?
        var quote: [String] = []
        func flush() {
            if !paragraph.isEmpty { blocks.append(.paragraph(joinLines(paragraph))) }
            if let current = item { blocks.append(.item(marker: current.marker, text: joinLines(current.lines))) }
            if !quote.isEmpty { blocks.append(.quote(joinLines(quote))) }
            paragraph = []
            item = nil
            quote = []
        }
        for rawLine in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(rawLine)
            let trimmed = line.trimmingSpaces()
            if var code = codeLines {
                if trimmed.hasPrefix("```") {
                    blocks.append(.code(code))
                    codeLines = nil
                } else {
                    code.append(line)
                    codeLines = code
                }
                continue
            }
            if trimmed.hasPrefix("```") {
                flush()
                codeLines = []
                continue
            }
            if trimmed.isEmpty {
                flush()
                continue
            }
            if trimmed.hasPrefix("#") {
                flush()
                blocks.append(.heading(String(trimmed.drop { $0 == "#" }).trimmingSpaces()))
                continue
            }
            if trimmed.hasPrefix(">") {
                if !paragraph.isEmpty || item != nil { flush() }
                quote.append(String(trimmed.dropFirst()).trimmingSpaces())
                continue
            }
            if let marker = listMarker(trimmed) {
                flush()
                item = (marker.display, [String(trimmed.dropFirst(marker.length)).trimmingSpaces()])
                continue
            }
            if item != nil, line.hasPrefix("  ") {
                item!.lines.append(trimmed)
                continue
            }
            if item != nil || !quote.isEmpty { flush() }
            paragraph.append(trimmed)
        }
        if let code = codeLines { blocks.append(.code(code)) }
        flush()
        return blocks
    }

    /// The list marker at the start of a line: `-`/`*` become `•`, `1.` stays.
    static func listMarker(_ line: String) -> (display: String, length: Int)? {
        if line.hasPrefix("- ") || line.hasPrefix("* ") { return ("•", 2) }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") { return (digits + ".", digits.count + 2) }
        return nil
    }

    /// Whether a character is CJK or fullwidth punctuation (no space is needed next to it).
    static func isFullwidthPunctuation(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return (0x3000...0x303F).contains(scalar.value) || (0xFF00...0xFF0F).contains(scalar.value)
            || (0xFF1A...0xFF20).contains(scalar.value) || (0xFF3B...0xFF40).contains(scalar.value)
            || (0xFF5B...0xFF65).contains(scalar.value)
    }

    /// Joins source lines of one paragraph with a space, except between two Chinese characters or next to
    /// fullwidth punctuation.
    static func joinLines(_ lines: [String]) -> String {
        var out = ""
        for line in lines {
            if let last = out.last, let first = line.first,
                !(LineBreakRules.isBreakableIdeographic(last) && LineBreakRules.isBreakableIdeographic(first)),
                !isFullwidthPunctuation(last), !isFullwidthPunctuation(first)
            {
                out += " "
            }
            out += line
        }
        return out
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" || last == "\r" { slice = slice.dropLast() }
        return String(slice)
    }
}
