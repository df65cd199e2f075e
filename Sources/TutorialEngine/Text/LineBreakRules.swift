/// Where Chinese and Japanese text may break without a space, and which punctuation must stay attached.
enum LineBreakRules {
    /// Whether a line may break right before or after this character without a space (CJK scripts).
    static func isBreakableIdeographic(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x2E80...0x2FFF, 0x3040...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFF60, 0x3000...0x303F:
            return true
        default:
            return false
        }
    }

    /// Punctuation that must not start a line (Chinese and Japanese line-breaking rules).
    static func isNoBreakBefore(_ character: Character) -> Bool {
        "，。、；：？！）」』》〉】〕…—,.;:?!)]}%".contains(character)
    }

    /// Punctuation that must not end a line.
    static func isNoBreakAfter(_ character: Character) -> Bool {
        "（「『《〈【〔([{".contains(character)
    }
}
