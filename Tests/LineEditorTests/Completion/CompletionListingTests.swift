import TerminalText
import Testing

@testable import LineEditor

@Suite struct CompletionListingTests {
    func values(_ names: [String]) -> [Completion] { names.map { Completion($0) } }

    @Test func fillsColumnsDownThenAcross() {
        let names = ["configmaps", "cronjobs", "csidrivers", "csinodes", "customresourcedefinitions"]
        // Cell width 25 + 2 = 27: two columns fit in 60, so three rows.
        let expected = """
            configmaps                 csinodes
            cronjobs                   customresourcedefinitions
            csidrivers
            """
        #expect(CompletionListing.layout(values(names), columns: 60) == expected)
    }

    @Test func usesAsManyColumnsAsFit() {
        let names = ["a", "b", "c", "d", "e"]
        #expect(CompletionListing.layout(values(names), columns: 80) == "a  b  c  d  e")
        // Cells are 3 wide; the last column needs no gap, so 8 columns hold 3 cells (3+3+1).
        #expect(CompletionListing.layout(values(names), columns: 8) == "a  c  e\nb  d")
    }

    @Test func aValueWiderThanTheTerminalGetsItsOwnRow() {
        #expect(CompletionListing.layout(values(["verylongname", "x"]), columns: 5) == "verylongname\nx")
    }

    @Test func wideCharactersAreMeasuredInColumns() {
        // 你好 is 4 columns wide, so the cell is 6 and "ab" is padded with 4 spaces.
        #expect(CompletionListing.layout(values(["你好", "ab", "c"]), columns: 80) == "你好  ab    c")
    }

    @Test func detailsGoOnePerLineAligned() {
        let candidates = [Completion("get", detail: "Display resources"), Completion("describe", detail: "Show details")]
        let expected = """
            get       Display resources
            describe  Show details
            """
        #expect(CompletionListing.layout(candidates, columns: 80) == expected)
    }

    @Test func longDetailsAreShortenedToTheTerminalWidth() {
        let candidates = [Completion("get", detail: "Display one or many resources"), Completion("run")]
        let listing = CompletionListing.layout(candidates, columns: 20)
        #expect(listing == "get  Display one or…\nrun")
        #expect(listing.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= 20 })
    }

    @Test func truncationRespectsWideCharacters() {
        #expect(CompletionListing.truncate("你好世界", to: 6) == "你好…")
        #expect(CompletionListing.truncate("abc", to: 3) == "abc")
        #expect(CompletionListing.truncate("abcd", to: 1) == "…")
    }
}
