import Testing

@testable import LineEditor

@Suite struct ShellQuotingTests {
    @Test func plainValuesAreUnchanged() {
        #expect(ShellQuoting.quote("deployment/web-1", style: .none, complete: true) == "deployment/web-1")
        #expect(!ShellQuoting.needsQuoting("app=web,tier!=db"))
    }

    @Test func metacharactersAreEscapedWithABackslash() {
        #expect(ShellQuoting.quote("a b;c$d'e", style: .none, complete: true) == "a\\ b\\;c\\$d\\'e")
        #expect(ShellQuoting.needsQuoting("a|b"))
    }

    @Test func singleQuotesHandleEmbeddedQuotes() {
        #expect(ShellQuoting.quote("it's", style: .single, complete: true) == "'it'\\''s'")
        #expect(ShellQuoting.quote("my f", style: .single, complete: false) == "'my f")
    }

    @Test func doubleQuotesEscapeOnlyWhatIsSpecialInside() {
        #expect(ShellQuoting.quote("a \"b\" $c", style: .double, complete: true) == "\"a \\\"b\\\" \\$c\"")
    }

    @Test func theOpeningQuoteOfATokenSetsTheStyle() {
        #expect(ShellQuoting.style(ofToken: "'ab") == .single)
        #expect(ShellQuoting.style(ofToken: "\"ab") == .double)
        #expect(ShellQuoting.style(ofToken: "ab") == .none)
    }
}
