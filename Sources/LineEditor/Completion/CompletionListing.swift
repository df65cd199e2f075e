import TerminalText

/// Lays out completion candidates for printing under the edited line.
///
/// Without details, values go down then across in as many columns as fit the terminal, separated
/// by two spaces, like `ls`. With details, one candidate per line, values padded to one width and
/// the detail shortened with `…` so that no line is wider than the terminal. Widths are measured
/// in terminal columns (``DisplayWidth``), so CJK values line up.
public enum CompletionListing {
    /// The gap between columns.
    static let gap = 2

    /// The listing lines joined by "\n", without a trailing newline.
    public static func layout(_ candidates: [Completion], columns: Int) -> String {
        let width = max(1, columns)
        if candidates.contains(where: { $0.detail != nil }) {
            return detailed(candidates, columns: width)
        }
        return grid(candidates.map(\.value), columns: width)
    }

    static func grid(_ values: [String], columns: Int) -> String {
        guard !values.isEmpty else { return "" }
        let widths = values.map { DisplayWidth.of($0) }
        let cell = (widths.max() ?? 0) + gap
        let perRow = max(1, (columns + gap) / cell)
        let rows = (values.count + perRow - 1) / perRow
        var lines: [String] = []
        for row in 0..<rows {
            var line = ""
            var index = row
            while index < values.count {
                let next = index + rows
                line += values[index]
                if next < values.count {
                    line += String(repeating: " ", count: cell - widths[index])
                }
                index = next
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    static func detailed(_ candidates: [Completion], columns: Int) -> String {
        let valueWidth = candidates.map { DisplayWidth.of($0.value) }.max() ?? 0
        return candidates.map { candidate in
            guard let detail = candidate.detail, !detail.isEmpty else { return candidate.value }
            let padding = String(repeating: " ", count: valueWidth - DisplayWidth.of(candidate.value) + gap)
            let room = columns - valueWidth - gap
            return candidate.value + padding + truncate(detail, to: room)
        }.joined(separator: "\n")
    }

    /// Shortens `text` to at most `width` columns, ending in `…` when something was cut.
    static func truncate(_ text: String, to width: Int) -> String {
        if DisplayWidth.of(text) <= width { return text }
        guard width > 1 else { return width == 1 ? "…" : "" }
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > width - 1 { break }
            result.append(character)
            used += characterWidth
        }
        return result + "…"
    }
}
