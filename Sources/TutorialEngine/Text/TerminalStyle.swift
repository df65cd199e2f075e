import ClusterModel

/// Turns styled runs into terminal text: ANSI SGR sequences when colours are on, plain text otherwise.
///
/// Colours are off when `NO_COLOR` is set (any value) or in script mode; every meaning carried by colour
/// is also carried by a symbol or a word.
public struct TerminalStyle: Hashable, Sendable {
    /// Whether ANSI escapes are written.
    public var colors: Bool

    /// A style with colours on or off.
    public init(colors: Bool) { self.colors = colors }

    /// Colours on unless `NO_COLOR` is present in `environment` or `scriptMode` is true.
    public init(environment: [String: String], scriptMode: Bool) {
        self.colors = !scriptMode && environment["NO_COLOR"] == nil
    }

    /// `text` wrapped in the escape sequences of `style`.
    ///
    /// Control characters in `text` (which comes from lesson files and commands) are made visible first, so the
    /// style's own sequences are the only ones that reach the terminal.
    public func apply(_ style: TextStyle, to text: String) -> String {
        let text = TerminalEscaping.visible(text)
        guard colors, style != .plain, !text.isEmpty else { return text }
        let code: String
        switch style {
        case .plain: return text
        case .code: code = "36"
        case .bold: code = "1"
        case .heading: code = "1;4"
        case .success: code = "32"
        case .failure: code = "31"
        case .dim: code = "2"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
