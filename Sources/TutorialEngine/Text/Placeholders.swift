/// `{name}` placeholders in lesson texts, commands and check values.
///
/// A placeholder is `{` + a name (a letter, then letters or digits) + `}`. Anything else in braces (JSON such
/// as `{"ready": true}`) is left alone, and `{{` writes a literal `{`.
public enum Placeholders {
    /// Whether `name` is a valid placeholder name.
    public static func isName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.isASCIILetter else { return false }
        return name.unicodeScalars.allSatisfy { $0.isASCIILetter || ("0"..."9").contains($0) }
    }

    /// The placeholder names used in `text`, in order of first use.
    public static func names(in text: String) -> [String] {
        var found: [String] = []
        _ = substitute(text) { name in
            if !found.contains(name) { found.append(name) }
            return nil
        }
        return found
    }

    /// `text` with each placeholder replaced by `value(name)`; a nil value keeps the placeholder as written.
    public static func substitute(_ text: String, _ value: (String) -> String?) -> String {
        var out = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "{" {
                let next = text.index(after: index)
                if next < text.endIndex, text[next] == "{" {
                    out.append("{")
                    index = text.index(after: next)
                    continue
                }
                if let close = text[next...].firstIndex(of: "}") {
                    let name = String(text[next..<close])
                    if isName(name) {
                        out += value(name) ?? "{\(name)}"
                        index = text.index(after: close)
                        continue
                    }
                }
            }
            out.append(character)
            index = text.index(after: index)
        }
        return out
    }

    /// `text` with placeholders replaced from `values`; unknown names stay as written.
    public static func substitute(_ text: String, values: [String: String]) -> String {
        substitute(text) { values[$0] }
    }
}

extension Unicode.Scalar {
    fileprivate var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
