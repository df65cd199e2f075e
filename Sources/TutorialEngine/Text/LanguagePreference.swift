/// Chooses the language of lesson texts from the environment.
public enum LanguagePreference {
    /// `zh-CN` when the first non-empty of `LC_ALL`, `LC_MESSAGES`, `LANG` starts with `zh`, else `en`.
    public static func detect(environment: [String: String]) -> String {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("zh") ? "zh-CN" : "en"
            }
        }
        return "en"
    }

    /// Normalizes what a learner types after `lang` or `--lang`: `zh`, `zh_CN`, `zh-cn` → `zh-CN`; `en_US` → `en`.
    public static func normalize(_ text: String) -> String? {
        let lower = text.lowercased().replacingUnderscores()
        if lower.hasPrefix("zh") { return "zh-CN" }
        if lower.hasPrefix("en") { return "en" }
        return nil
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String { String(map { $0 == "_" ? "-" : $0 }) }
}
