import Testing

@testable import LineEditor

@Suite struct PromptTests {
    let segments = [
        PromptSegment("k8s-tutor", style: PromptStyle(color: .green, bold: true)),
        PromptSegment(" [t+37s]> "),
    ]

    @Test func colorsAreWrappedInIgnoreMarkers() {
        let prompt = Prompt.build(segments, colors: true)
        #expect(prompt == "\u{1}\u{1B}[1;32m\u{1}k8s-tutor\u{1}\u{1B}[0m\u{1} [t+37s]> ")
        #expect(Prompt.visibleText(prompt) == "k8s-tutor [t+37s]> ")
    }

    @Test func withoutColorsThePromptIsPlain() {
        #expect(Prompt.build(segments, colors: false) == "k8s-tutor [t+37s]> ")
    }

    @Test func colorOnlyAndBoldOnlyStyles() {
        let prompt = Prompt.build(
            [PromptSegment("a", style: PromptStyle(color: .cyan)), PromptSegment("b", style: PromptStyle(bold: true))],
            colors: true)
        // The reset of one segment and the start of the next share one ignore pair: libedit
        // 20221030 drops the rest of the prompt after "\u{1}\u{1}".
        #expect(prompt == "\u{1}\u{1B}[36m\u{1}a\u{1}\u{1B}[0m\u{1B}[1m\u{1}b\u{1}\u{1B}[0m\u{1}")
        #expect(!prompt.contains("\u{1}\u{1}"))
        #expect(Prompt.visibleText(prompt) == "ab")
    }

    @Test func noColorAndDumbTerminalsDisableColors() {
        #expect(Prompt.colorsEnabled(environment: ["TERM": "xterm-256color"]))
        #expect(!Prompt.colorsEnabled(environment: ["TERM": "xterm", "NO_COLOR": "1"]))
        #expect(Prompt.colorsEnabled(environment: ["TERM": "xterm", "NO_COLOR": ""]))
        #expect(!Prompt.colorsEnabled(environment: ["TERM": "dumb"]))
    }
}
