import Testing

@testable import TutorShell

@Suite("Command suggestions")
struct CommandSuggesterTests {
    @Test("close typos and prefixes are suggested, far words are not")
    func suggestions() {
        let names = ["kubectl", "k", "help", "exit", "sleep", "clock"]
        #expect(CommandSuggester.suggestion(for: "kubeclt", among: names) == "kubectl")
        #expect(CommandSuggester.suggestion(for: "kubect", among: names) == "kubectl")
        #expect(CommandSuggester.suggestion(for: "hlep", among: names) == "help")
        #expect(CommandSuggester.suggestion(for: "slep", among: names) == "sleep")
        #expect(CommandSuggester.suggestion(for: "terraform", among: names) == nil)
    }

    @Test("transpositions count as one edit")
    func transposition() {
        #expect(CommandSuggester.editDistance("exti", "exit") == 1)
        #expect(CommandSuggester.editDistance("", "abc") == 3)
    }
}
