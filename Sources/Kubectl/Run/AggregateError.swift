/// How kubectl prints an aggregate of errors (`cmdutil.checkErr`): one error gets the `error: ` prefix when it lacks
/// one; several are printed one per line as they are (`MultipleErrors`).
enum AggregateError {
    /// The text for `errors` (each without a trailing newline), ending in a newline; empty when there are none.
    static func message(_ errors: [String]) -> String {
        switch errors.count {
        case 0: return ""
        case 1: return (errors[0].hasPrefix("error: ") ? errors[0] : "error: " + errors[0]) + "\n"
        default: return errors.map { $0 + "\n" }.joined()
        }
    }
}
