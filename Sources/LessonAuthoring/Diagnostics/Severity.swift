/// How serious a lint finding is: errors fail `lesson lint`, warnings are reported but do not.
public enum Severity: String, Hashable, Sendable {
    /// The lesson is broken or unsafe; `lesson lint` exits non-zero.
    case error
    /// Probably a mistake, but the lesson works.
    case warning
}
