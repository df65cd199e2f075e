/// The client-side decorations kubectl applies to a server table (`get` flags).
public struct TableOptions: Hashable, Sendable {
    /// `-o wide`: include the priority > 0 columns.
    public var wide: Bool
    /// `--no-headers`: omit the header line (it then also does not count for column widths).
    public var noHeaders: Bool
    /// `--show-labels`: append a `LABELS` column (`k=v,…` sorted, or `<none>`).
    public var showLabels: Bool
    /// `-A/--all-namespaces`: prepend a `NAMESPACE` column.
    public var allNamespaces: Bool
    /// Prefix names with `kind[.group]/` (`pod/x`, `deployment.apps/x`), as for multi-type `get`.
    public var kindPrefix: Bool
    /// `-L a,b`: one column per label key, headed by the upper-cased last path segment of the key.
    public var labelColumns: [String]

    /// Options; everything off by default.
    public init(wide: Bool = false, noHeaders: Bool = false, showLabels: Bool = false, allNamespaces: Bool = false,
                kindPrefix: Bool = false, labelColumns: [String] = []) {
        self.wide = wide
        self.noHeaders = noHeaders
        self.showLabels = showLabels
        self.allNamespaces = allNamespaces
        self.kindPrefix = kindPrefix
        self.labelColumns = labelColumns
    }
}
