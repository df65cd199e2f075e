import TerminalText
import Testing

@testable import TutorialEngine

@Suite struct TextRenderingTests {
    @Test func wrapsChineseByDisplayWidth() {
        let lines = TextWrapper.wrap("删除一个需要较长时间才能关闭的 Pod，逐秒观察它的端点。", width: 20)
        #expect(lines == ["删除一个需要较长时间", "才能关闭的 Pod，逐秒", "观察它的端点。"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 20 })
    }

    @Test func neverStartsALineWithClosingPunctuation() {
        let lines = TextWrapper.wrap("一二三四五，六七", width: 10)
        #expect(lines == ["一二三四", "五，六七"])
    }

    @Test func wrapsEnglishAtSpaces() {
        let lines = TextWrapper.wrap("The Pod keeps serving while it terminates.", width: 16)
        #expect(lines == ["The Pod keeps", "serving while it", "terminates."])
    }

    @Test func rendersMarkdownWithoutColours() {
        let renderer = MarkdownRenderer(width: 30, style: TerminalStyle(colors: false))
        let text = renderer.render("### 标题\n\nRun `kubectl get pods`\nnow.\n\n- one\n- two\n\n```\nkubectl apply -f x.yaml\n```")
        #expect(text == "标题\n\nRun kubectl get pods now.\n\n• one\n• two\n\n    kubectl apply -f x.yaml\n")
    }

    @Test func escapeSequencesInLessonTextAreShownNotObeyed() {
        let renderer = MarkdownRenderer(width: 60, style: TerminalStyle(colors: false))
        let text = renderer.render("Title\u{1B}]0;pwned\u{7} and \u{1B}[2J `code\u{1B}]52;c;aGk=\u{7}`\n\n```\nkubectl\u{1B}[2J\n```")
        #expect(text == "Title^[]0;pwned^G and ^[[2J code^[]52;c;aGk=^G\n\n    kubectl^[[2J\n")
        let coloured = MarkdownRenderer(width: 60, style: TerminalStyle(colors: true)).render("a\u{1B}[2J `b`")
        #expect(coloured.unicodeScalars.filter { $0 == "\u{1B}" }.count == 2)
    }

    @Test func stylesNeverPassForeignEscapes() {
        let style = TerminalStyle(colors: true)
        #expect(style.apply(.code, to: "$ kubectl\u{1B}]52;c;aGk=\u{7}") == "\u{1B}[36m$ kubectl^[]52;c;aGk=^G\u{1B}[0m")
        #expect(TerminalStyle(colors: false).apply(.plain, to: "a\u{1B}[2J") == "a^[[2J")
    }

    @Test func joinsChineseSourceLinesWithoutSpaces() {
        #expect(MarkdownRenderer.joinLines(["在这段时间", "里，它仍然", "`serving`", "是。"]) == "在这段时间里，它仍然 `serving` 是。")
        #expect(MarkdownRenderer.joinLines(["the Pod", "keeps"]) == "the Pod keeps")
    }

    @Test func stylesCodeSpansWithColours() {
        let renderer = MarkdownRenderer(width: 40, style: TerminalStyle(colors: true))
        #expect(renderer.render("Run `ls`.") == "Run \u{1B}[36mls\u{1B}[0m.\n")
    }

    @Test func coloursOffWithNoColorOrScriptMode() {
        #expect(TerminalStyle(environment: ["NO_COLOR": ""], scriptMode: false).colors == false)
        #expect(TerminalStyle(environment: [:], scriptMode: true).colors == false)
        #expect(TerminalStyle(environment: [:], scriptMode: false).colors == true)
    }

    @Test func detectsChineseFromTheLocale() {
        #expect(LanguagePreference.detect(environment: ["LANG": "zh_CN.UTF-8"]) == "zh-CN")
        #expect(LanguagePreference.detect(environment: ["LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"]) == "en")
        #expect(LanguagePreference.detect(environment: ["LC_MESSAGES": "zh_TW"]) == "zh-CN")
        #expect(LanguagePreference.detect(environment: [:]) == "en")
        #expect(LanguagePreference.normalize("zh_cn") == "zh-CN")
    }

    @Test func substitutesPlaceholdersButNotJSON() {
        let text = Placeholders.substitute(#"pod {oldPod} and {"ready": true} and {{x}"#, values: ["oldPod": "web-1"])
        #expect(text == #"pod web-1 and {"ready": true} and {x}"#)
        #expect(Placeholders.names(in: "{a} {b1} {a} {not valid}") == ["a", "b1"])
    }
}
