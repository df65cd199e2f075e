import ClusterModel
import Testing

/// Escaping text for the terminal: kubectl's rule and the tutor's visible one.
@Suite struct TerminalEscapingTests {
    @Test func kubectlEscapesOnlyEscapeAndCarriageReturn() {
        #expect(TerminalEscaping.kubectl("a\u{1B}]0;title\u{7}b\rc\td") == "a^[]0;title\u{7}b\\rc\td")
        #expect(TerminalEscaping.kubectl("plain 文字") == "plain 文字")
    }

    @Test func visibleShowsEveryControlCharacter() {
        #expect(TerminalEscaping.visible("\u{1B}[2J\u{7}\u{0}\r\u{7F}") == "^[[2J^G^@\\r^?")
        #expect(TerminalEscaping.visible("CSI \u{9B}2J") == "CSI <U+009B>2J")
        #expect(TerminalEscaping.visible("tab\tand\nnewline, 中文") == "tab\tand\nnewline, 中文")
    }
}
