/// A faithful port of Go's `text/tabwriter` elastic-tabstop algorithm, with the `RememberWidths` flag of
/// `github.com/liggitt/tabwriter` that kubectl uses.
///
/// Text is split into lines at `\n` and into cells at `\t`. A cell that is terminated by a tab belongs to a
/// column; the last cell of a line is never padded. Consecutive lines that have a cell in column *k* form a
/// column block whose width is the widest cell plus `padding` (at least `minWidth`); a line with fewer cells
/// ends the block (so `describe` sections align independently). An empty tab-terminated cell is still padded,
/// which is why an empty last column leaves trailing spaces.
///
/// Width is measured in Unicode scalars, exactly as Go counts runes: a CJK character counts 1 even though a
/// terminal draws it two columns wide, so real kubectl misaligns CJK tables and so do we.
public struct TabWriter: Sendable {
    /// The minimal cell width including padding.
    public var minWidth: Int
    /// The width of a tab character (only relevant when padding with tabs, which kubectl never does).
    public var tabWidth: Int
    /// Padding added to the widest cell of a column.
    public var padding: Int
    /// Whether column widths are remembered across ``format(_:)`` calls (kubectl's `get -w`).
    public var rememberWidths: Bool
    private var maxWidths: [Int] = []
    private var widths: [Int] = []

    /// A writer with explicit settings.
    public init(minWidth: Int, tabWidth: Int, padding: Int, rememberWidths: Bool) {
        self.minWidth = minWidth
        self.tabWidth = tabWidth
        self.padding = padding
        self.rememberWidths = rememberWidths
    }

    /// kubectl's table writer (cli-runtime `printers.GetNewTabWriter`): minwidth 6, tabwidth 4, padding 3,
    /// pad character space, `RememberWidths`.
    public static func table() -> TabWriter { TabWriter(minWidth: 6, tabWidth: 4, padding: 3, rememberWidths: true) }

    /// kubectl's `describe` writer (`tabbedString`): minwidth 0, tabwidth 8, padding 2, pad character space, no flags.
    public static func describe() -> TabWriter { TabWriter(minWidth: 0, tabWidth: 8, padding: 2, rememberWidths: false) }

    /// Aligns `text` (as if written and then flushed) and returns the result. With `rememberWidths`, later calls
    /// use at least the widths seen so far.
    public mutating func format(_ text: String) -> String {
        var parts = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        // The text after the last newline is a partial line without a newline; an empty one holds no cells.
        let partial = parts.removeLast()
        var lines: [[Cell]] = parts.map(TabWriter.cells)
        let hasPartial = !partial.isEmpty
        lines.append(hasPartial ? TabWriter.cells(partial) : [])
        var out = ""
        widths = []
        let end = formatBlock(lines, &out, line0: 0, line1: lines.count)
        _ = end
        return out
    }

    private struct Cell {
        var text: Substring
        var width: Int
    }

    private static func cells(_ line: String) -> [Cell] {
        line.split(separator: "\t", omittingEmptySubsequences: false).map { Cell(text: $0, width: $0.unicodeScalars.count) }
    }

    @discardableResult
    private mutating func formatBlock(_ lines: [[Cell]], _ out: inout String, line0 start: Int, line1: Int) -> Int {
        var line0 = start
        let column = widths.count
        var this = line0
        while this < line1 {
            if column >= lines[this].count - 1 {
                this += 1
                continue
            }
            writeLines(lines, &out, line0, this)
            line0 = this
            var width = minWidth
            while this < line1 {
                let line = lines[this]
                if column >= line.count - 1 { break }
                width = max(width, line[column].width + padding)
                this += 1
            }
            if rememberWidths {
                if maxWidths.count < widths.count { maxWidths.append(contentsOf: widths[maxWidths.count...]) }
                if maxWidths.count == widths.count {
                    maxWidths.append(width)
                } else if maxWidths[widths.count] > width {
                    width = maxWidths[widths.count]
                } else if maxWidths[widths.count] < width {
                    maxWidths[widths.count] = width
                }
            }
            widths.append(width)
            formatBlock(lines, &out, line0: line0, line1: this)
            widths.removeLast()
            line0 = this
        }
        writeLines(lines, &out, line0, line1)
        return line1
    }

    private func writeLines(_ lines: [[Cell]], _ out: inout String, _ line0: Int, _ line1: Int) {
        guard line0 < line1 else { return }
        for index in line0..<line1 {
            for (column, cell) in lines[index].enumerated() {
                out += cell.text
                if column < widths.count {
                    let pad = widths[column] - cell.width
                    if pad > 0 { out += String(repeating: " ", count: pad) }
                }
            }
            if index + 1 < lines.count { out += "\n" }
        }
    }
}
