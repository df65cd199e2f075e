import ClusterModel

/// kubectl's human-readable table output: the server-side columns of each kind plus the client decorations of
/// ``TableOptions``, aligned with kubectl's tabwriter.
public enum TablePrinter {
    /// The headers kubectl prints for a kind (upper-cased column names), without client decorations.
    public static func columns(forKind kind: String, wide: Bool) -> [String] {
        TableDefinition.forKind(kind).headers(wide: wide)
    }

    /// The full header row for a kind with all decorations of `options` (EVENT is not included).
    public static func headers(forKind kind: String, options: TableOptions) -> [String] {
        var headers = columns(forKind: kind, wide: options.wide)
        if options.allNamespaces { headers.insert("NAMESPACE", at: 0) }
        headers += options.labelColumns.map { key in String(key.split(separator: "/", omittingEmptySubsequences: false).last ?? "").uppercased() }
        if options.showLabels { headers.append("LABELS") }
        return headers
    }

    /// One object's row with all decorations of `options`; cells are sanitized as kubectl prints them
    /// (a newline, CR or form feed cuts the cell and appends `...`).
    public static func cells(for object: JSONValue, now: Timestamp, options: TableOptions) -> [String] {
        let definition = TableDefinition.forKind(object.kindName)
        var cells = definition.cells(object, now, options.wide)
        if options.kindPrefix, let nameIndex = definition.nameColumn(options.wide), cells.indices.contains(nameIndex) {
            cells[nameIndex] = KindNames.qualifiedSingular(of: object) + "/" + cells[nameIndex]
        }
        if options.allNamespaces { cells.insert(object.objectNamespace, at: 0) }
        let labels = object["metadata"]["labels"].stringMap
        cells += options.labelColumns.map { labels[$0] ?? "" }
        if options.showLabels { cells.append(LabelFormatting.labels(labels)) }
        return cells.map(sanitize)
    }

    /// Renders objects as kubectl prints them: one table per run of consecutive objects of the same kind,
    /// tables separated by one blank line. Returns `""` for no objects (the caller prints
    /// `No resources found …` on stderr). Sorting is the caller's job.
    public static func render(_ objects: [JSONValue], now: Timestamp, options: TableOptions) -> String {
        var groups: [[JSONValue]] = []
        for object in objects {
            if let last = groups.last?.last, last.kindName == object.kindName {
                groups[groups.count - 1].append(object)
            } else {
                groups.append([object])
            }
        }
        return groups.map { group in
            var text = ""
            if !options.noHeaders { text += headers(forKind: group[0].kindName, options: options).joined(separator: "\t") + "\n" }
            for object in group { text += cells(for: object, now: now, options: options).joined(separator: "\t") + "\n" }
            var writer = TabWriter.table()
            return writer.format(text)
        }.joined(separator: "\n")
    }

    /// cli-runtime's `appendCellValue`: cuts a cell at the first newline, carriage return or form feed and appends
    /// `...`, and escapes what remains for the terminal (ESC as `^[`).
    static func sanitize(_ cell: String) -> String {
        guard let index = cell.unicodeScalars.firstIndex(where: { $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" }) else {
            return TerminalEscaping.kubectl(cell)
        }
        return TerminalEscaping.kubectl(String(cell.unicodeScalars[..<index])) + "..."
    }
}
