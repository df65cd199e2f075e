import ClusterModel

/// The table printer of `kubectl get -w`: the header once (with the first row printed), then one row per watch
/// event, aligned by one tabwriter that remembers column widths for the whole command, so a wider later cell
/// shifts only that row and the rows after it.
///
/// With `--output-watch-events`, an `EVENT` column comes first (`ADDED   `, `MODIFIED`, `DELETED `, padded to 8
/// as kubectl pads them, so the column is 11 wide from the start); pass the
/// event type for every row, and `"ADDED"` for the items of the initial list.
public struct WatchTablePrinter: Sendable {
    /// The decorations (wide, labels, namespace column, …).
    public var options: TableOptions
    /// Whether to print the `EVENT` column (`--output-watch-events`).
    public var showEventType: Bool
    private var writer = TabWriter.table()
    private var printedHeaderFor: String? = nil

    /// A printer for one `get -w` run.
    public init(options: TableOptions, showEventType: Bool = false) {
        self.options = options
        self.showEventType = showEventType
    }

    /// The text to print for one object (one watch event, or one item of the initial list): the header first
    /// if none was printed yet for this kind, then the row. `event` is the watch event type
    /// (`ADDED`/`MODIFIED`/`DELETED`), used only when ``showEventType`` is set.
    public mutating func row(for object: JSONValue, event: String?, now: Timestamp) -> String {
        rows(for: [object], event: event, now: now)
    }

    /// Several rows printed and flushed together (the initial list): widths come from all of them.
    /// Returns `""` for no objects, so an empty initial list prints nothing.
    public mutating func rows(for objects: [JSONValue], event: String?, now: Timestamp) -> String {
        guard let first = objects.first else { return "" }
        var text = ""
        if printedHeaderFor != first.kindName {
            printedHeaderFor = first.kindName
            if !options.noHeaders {
                var headers = TablePrinter.headers(forKind: first.kindName, options: options)
                if showEventType { headers.insert("EVENT", at: 0) }
                text += headers.joined(separator: "\t") + "\n"
            }
        }
        for object in objects {
            var cells = TablePrinter.cells(for: object, now: now, options: options)
            if showEventType {
                let type = event ?? "ADDED"
                cells.insert(type.count < 8 ? type + String(repeating: " ", count: 8 - type.count) : type, at: 0)
            }
            text += cells.joined(separator: "\t") + "\n"
        }
        return writer.format(text)
    }
}
