import TerminalText

/// Greedy line wrapping by terminal display width, for English and Chinese alike.
///
/// Lines break at spaces, and between CJK characters (which have no spaces), but never before closing
/// punctuation such as `，` `。` `）` or after opening punctuation. A unit wider than the line is cut by width.
public enum TextWrapper {
    /// One unbreakable piece of a paragraph.
    struct Unit {
        var characters: [(Character, TextStyle)] = []
        var spaceBefore = false
        var width: Int { characters.reduce(0) { $0 + DisplayWidth.of($1.0) } }
    }

    /// Wraps styled runs into lines of at most `width` columns (counting `firstIndent` on the first line and
    /// `indent` on the others), rendering styles with `style`.
    public static func wrap(_ runs: [StyledRun], width: Int, firstIndent: String = "", indent: String = "",
                            style: TerminalStyle) -> [String] {
        let units = makeUnits(runs)
        var lines: [String] = []
        var line: [(Character, TextStyle)] = []
        var lineWidth = 0
        var prefix = firstIndent
        func finishLine() {
            lines.append(prefix + render(line, style: style))
            line = []
            lineWidth = 0
            prefix = indent
        }
        for unit in units {
            let available = max(width - DisplayWidth.of(prefix), 8)
            let unitWidth = unit.width
            let separator = (unit.spaceBefore && !line.isEmpty) ? 1 : 0
            if !line.isEmpty, lineWidth + separator + unitWidth > available {
                finishLine()
            }
            if !line.isEmpty, unit.spaceBefore {
                line.append((" ", line.last!.1 == .code && unit.characters.first?.1 == .code ? .code : .plain))
                lineWidth += 1
            }
            for (character, characterStyle) in unit.characters {
                let characterWidth = DisplayWidth.of(character)
                let availableNow = max(width - DisplayWidth.of(prefix), 8)
                if lineWidth + characterWidth > availableNow, !line.isEmpty { finishLine() }
                line.append((character, characterStyle))
                lineWidth += characterWidth
            }
        }
        if !line.isEmpty || lines.isEmpty { finishLine() }
        return lines
    }

    /// Wraps plain text (no markup) into lines of at most `width` columns.
    public static func wrap(_ text: String, width: Int) -> [String] {
        wrap([StyledRun(text)], width: width, style: TerminalStyle(colors: false))
    }

    static func makeUnits(_ runs: [StyledRun]) -> [Unit] {
        var units: [Unit] = []
        var current = Unit()
        var pendingSpace = false
        var previous: Character?
        for run in runs {
            for character in run.text {
                if character == " " || character == "\n" || character == "\t" {
                    if !current.characters.isEmpty {
                        units.append(current)
                        current = Unit()
                    }
                    pendingSpace = true
                    previous = nil
                    continue
                }
                if let previous, !current.characters.isEmpty, breakAllowed(between: previous, and: character) {
                    units.append(current)
                    current = Unit()
                }
                if current.characters.isEmpty {
                    current.spaceBefore = pendingSpace
                    pendingSpace = false
                }
                current.characters.append((character, run.style))
                previous = character
            }
        }
        if !current.characters.isEmpty { units.append(current) }
        return units
    }

    static func breakAllowed(between previous: Character, and next: Character) -> Bool {
        if LineBreakRules.isNoBreakBefore(next) || LineBreakRules.isNoBreakAfter(previous) { return false }
        return LineBreakRules.isBreakableIdeographic(previous) || LineBreakRules.isBreakableIdeographic(next)
    }

    static func render(_ characters: [(Character, TextStyle)], style: TerminalStyle) -> String {
        var out = ""
        var run = ""
        var runStyle: TextStyle = .plain
        for (character, characterStyle) in characters {
            if characterStyle != runStyle, !run.isEmpty {
                out += style.apply(runStyle, to: run)
                run = ""
            }
            runStyle = characterStyle
            run.append(character)
        }
        out += style.apply(runStyle, to: run)
        return out
    }
}
