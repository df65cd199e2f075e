/// Decides what Tab does with a provider's candidates; pure, so it is unit-tested without a terminal.
///
/// * No candidate: beep.
/// * One candidate: replace the token with it (quoted if needed) plus a space, unless it ends in
///   `/` or `=` (more follows, as in `deployment/` or `--output=`).
/// * Several with a common prefix longer than the token: extend the token to that prefix.
/// * Otherwise: list them under the line in columns fitted to the terminal width.
public struct CompletionEngine: Sendable {
    public init() {}

    /// The action for `request` given the provider's `result` on a terminal `columns` wide.
    public func action(for request: CompletionRequest, result: CompletionResult, columns: Int) -> CompletionAction {
        let characters = Array(request.line)
        let cursor = min(max(0, request.cursor), characters.count)
        let start = min(max(0, result.replacingFrom), cursor)
        let token = String(characters[start..<cursor])

        var seen = Set<String>()
        let candidates = result.candidates.filter { seen.insert($0.value).inserted }
        guard !candidates.isEmpty else { return .beep }
        let style = ShellQuoting.style(ofToken: Substring(token))

        if candidates.count == 1 {
            let value = candidates[0].value
            let continues = value.hasSuffix("/") || value.hasSuffix("=")
            let text = ShellQuoting.quote(value, style: style, complete: !continues) + (continues ? "" : " ")
            return .replace(deleting: cursor - start, text: text)
        }

        let prefix = Self.commonPrefix(candidates.map(\.value))
        let extended = ShellQuoting.quote(prefix, style: style, complete: false)
        if extended.count > token.count {
            return .replace(deleting: cursor - start, text: extended)
        }
        return .list(CompletionListing.layout(candidates, columns: columns))
    }

    /// The longest common prefix of `values`, compared by `Character`.
    static func commonPrefix(_ values: [String]) -> String {
        guard var prefix = values.first.map(Array.init) else { return "" }
        for value in values.dropFirst() {
            var length = 0
            for (a, b) in zip(prefix, value) {
                guard a == b else { break }
                length += 1
            }
            prefix.removeLast(prefix.count - length)
        }
        return String(prefix)
    }
}
