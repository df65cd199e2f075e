/// What the API server does with fields its schema does not know: the `fieldValidation` parameter of a write.
///
/// kubectl sends `Strict` for `--validate=strict` (the default, also `true`), `Warn` for `--validate=warn` and
/// `Ignore` for `--validate=ignore` (also `false`).
public enum FieldValidation: String, Sendable, Equatable, CaseIterable {
    /// The request fails with a strict decoding error naming every unknown field.
    case strict = "Strict"
    /// The request succeeds; each unknown field is reported as a warning and dropped.
    case warn = "Warn"
    /// Unknown fields are dropped silently.
    case ignore = "Ignore"

    /// The mode kubectl's `--validate` value selects, or nil for a value kubectl rejects.
    public init?(validateFlag value: String) {
        switch value.lowercased() {
        case "strict", "true": self = .strict
        case "warn": self = .warn
        case "ignore", "false": self = .ignore
        default: return nil
        }
    }
}
