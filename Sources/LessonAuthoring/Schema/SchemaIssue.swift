/// One way a YAML document breaks the schema, with the path it is about.
public struct SchemaIssue: Hashable, Sendable {
    /// Where: the path of the offending node (for an unknown field, the field itself).
    public var path: YAMLPath
    /// Whether the position is the key of the last component (unknown fields) rather than its value.
    public var atKey: Bool
    /// What is wrong, e.g. `unknown field 'chekcs' in step 'apply'`.
    public var message: String
    /// A suggestion, e.g. `did you mean 'checks'?`.
    public var fix: String?
}
