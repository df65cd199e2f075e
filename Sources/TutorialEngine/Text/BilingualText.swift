/// A text the tutor shows in English and Simplified Chinese, with `%1`, `%2`, … placeholders.
///
/// `EngineText` and `ProgressText` conform; the substitution lives here once.
public protocol BilingualText: Sendable {
    /// The English text.
    var english: String { get }
    /// The Simplified Chinese text.
    var chinese: String { get }
}

extension BilingualText {
    /// The text in `language` (`zh-CN` or anything else for English) with `%1`, `%2`, … replaced by `arguments`.
    public func callAsFunction(_ language: String, _ arguments: String...) -> String {
        var text = language == "zh-CN" ? chinese : english
        for (index, argument) in arguments.enumerated() {
            text = text.replacingOccurrences("%\(index + 1)", with: argument)
        }
        return text
    }
}
