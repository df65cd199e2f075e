import Testing

@testable import TutorShell

/// The shell's kubectl host tells kubectl the learner's language, the script-mode watch limit and Ctrl-C.
@Suite struct ShellHostTests {
    @Test func scriptModeBoundsWatchesAndSpeaksTheLessonsLanguage() {
        let host = ShellHost(sink: BufferedOutput(), policy: .jumpToEvents(cap: 3600), language: "zh-CN")
        #expect(host.watchLimit == 3600)
        #expect(host.language == "zh-CN")
        #expect(!host.isTerminal)
    }

    @Test func theDefaultLanguageIsEnglish() {
        #expect(ShellHost(sink: BufferedOutput(), policy: .jumpToEvents(cap: 60)).language == "en")
    }
}
