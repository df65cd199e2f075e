import ClusterModel

/// How kubectl prints an aggregate of errors (`cmdutil.checkErr`): one error gets the `error: ` prefix when it lacks
/// one; several are printed one per line as they are (`MultipleErrors`).
enum AggregateError {
    /// One collected error: an API server error (printed with kubectl's `StandardErrorMessage`, never prefixed), or
    /// the text of a plain Go error.
    enum Entry {
        case api(APIError)
        case text(String)

        /// The Go error a ``KubectlError`` stands for: its text without the `error: ` that `KubectlError.plain` added
        /// and without the newline.
        init(_ error: KubectlError) {
            var text = error.message
            if text.hasSuffix("\n") { text.removeLast() }
            if text.hasPrefix("error: ") { text.removeFirst(7) }
            self = .text(text)
        }
    }

    /// The text for `errors` (each without a trailing newline), ending in a newline; empty when there are none.
    static func message(_ errors: [String]) -> String {
        message(errors.map(Entry.text))
    }

    /// The text for `entries`, ending in a newline; empty when there are none.
    static func message(_ entries: [Entry]) -> String {
        switch entries.count {
        case 0: return ""
        case 1:
            switch entries[0] {
            case .api(let error): return error.kubectlMessage + "\n"
            case .text(let text): return (text.hasPrefix("error: ") ? text : "error: " + text) + "\n"
            }
        default:
            return entries.map { entry in
                switch entry {
                case .api(let error): return "Error from server (\(error.reason.rawValue)): \(error.message)\n"
                case .text(let text): return text + "\n"
                }
            }.joined()
        }
    }
}
