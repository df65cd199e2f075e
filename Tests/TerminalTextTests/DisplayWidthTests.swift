import Testing

@testable import TerminalText

@Suite struct DisplayWidthTests {
    @Test func asciiIsOneColumnPerCharacter() {
        #expect(DisplayWidth.of("kubectl") == 7)
    }

    @Test func cjkHangulAndFullwidthAreTwoColumns() {
        #expect(DisplayWidth.of("你好") == 4)
        #expect(DisplayWidth.of("한국어") == 6)
        #expect(DisplayWidth.of("ｋ８ｓ") == 6)
        #expect(DisplayWidth.of("かな") == 4)
    }

    @Test func combiningMarksAndControlsTakeNoColumn() {
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("\u{1}\u{1B}") == 0)
    }

    @Test func emojiAreTwoColumns() {
        #expect(DisplayWidth.of("🚀") == 2)
        #expect(DisplayWidth.of("👍🏽") == 2)
    }

    @Test func lessonTextWidths() {
        #expect(DisplayWidth.of("Pod") == 3)
        #expect(DisplayWidth.of("终止") == 4)
        #expect(DisplayWidth.of("，") == 2)
        #expect(DisplayWidth.of("✓ done") == 6)
    }

    @Test func ansiEscapeSequencesTakeNoColumns() {
        #expect(DisplayWidth.of("\u{1B}[32mok\u{1B}[0m") == 2)
        #expect(DisplayWidth.of("\u{1B}[1;32mk8s-tutor\u{1B}[0m> ") == 11)
    }
}
