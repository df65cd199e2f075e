import Testing

@testable import LineEditor

/// The UTF-8 decoding of the editor's own key reader.
@Suite struct CharacterDecodingTests {
    /// Feeds `bytes` one at a time, as the reader does, and collects the scalars.
    func decode(_ bytes: [UInt8]) -> [Unicode.Scalar] {
        var pending: [UInt8] = []
        var scalars: [Unicode.Scalar] = []
        for byte in bytes {
            pending.append(byte)
            while let scalar = LineEditor.decode(&pending) { scalars.append(scalar) }
        }
        return scalars
    }

    @Test func asciiChineseAndEmojiDecode() {
        #expect(String(String.UnicodeScalarView(decode(Array("k 中文 🚀".utf8)))) == "k 中文 🚀")
    }

    @Test func invalidBytesBecomeReplacementCharacters() {
        #expect(decode([0xFF, 0x41]) == ["\u{FFFD}", "A"])
        #expect(decode([0xE4, 0x41]) == ["\u{FFFD}", "A"])  // a sequence cut short
        #expect(decode([0xC0, 0x80]) == ["\u{FFFD}", "\u{FFFD}"])  // overlong lead bytes are never valid
        #expect(decode([0xED, 0xA0, 0x80]) == ["\u{FFFD}"])  // a UTF-16 surrogate
    }
}
