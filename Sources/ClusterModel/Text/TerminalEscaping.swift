/// Keeps text from other people (manifests, lesson files, events) from driving the terminal.
///
/// A string that reaches the terminal with an escape character can set the window title, clear the screen or
/// write the clipboard (OSC 52). kubectl's printers escape with cli-runtime's `printers.EscapeTerminal`
/// (``kubectl(_:)``); where kubectl has no rule, or for the tutor's own output of foreign text, ``visible(_:)``
/// shows every control character in caret notation.
public enum TerminalEscaping {
    /// cli-runtime's `EscapeTerminal` / `WriteEscaped`: ESC becomes `^[` and a carriage return `\r`; nothing else
    /// changes.
    public static func kubectl(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x1B || $0 == 0x0D }) else { return text }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{1B}": out += "^["
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Every control character except newline and tab made visible: C0 controls and DEL in caret notation
    /// (`^[`, `^G`, `^?`, carriage return as `\r`), C1 controls (which some terminals obey as escapes) as `<U+009B>`.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar) else {
                out.unicodeScalars.append(scalar)
                continue
            }
            switch scalar.value {
            case 0x0D: out += "\\r"
            case 0x7F: out += "^?"
            case 0x00..<0x20: out += "^" + String(UnicodeScalar(UInt8(scalar.value + 0x40)))
            default:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
            }
        }
        return out
    }

    /// Whether `scalar` is a control character `visible(_:)` rewrites.
    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: return false
        case 0x00..<0x20, 0x7F, 0x80..<0xA0: return true
        default: return false
        }
    }
}
