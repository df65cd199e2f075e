import ClusterModel
import Testing

/// `GoQuote` matches Go's `strconv.Quote`.
@Suite struct GoQuoteTests {
    @Test func escapesAsGoDoes() {
        #expect(GoQuote.quoted("a\u{1B}[2J") == "\"a\\x1b[2J\"")
        #expect(GoQuote.quoted("say \"hi\"\\\n\t\u{7}") == "\"say \\\"hi\\\"\\\\\\n\\t\\a\"")
        #expect(GoQuote.quoted("<a&b>") == "\"<a&b>\"")
        #expect(GoQuote.quoted("\u{85}\u{A0}\u{200B}é中") == "\"\\u0085\\u00a0\\u200bé中\"")
        #expect(GoQuote.quoted("\u{7F}\u{0}") == "\"\\x7f\\x00\"")
    }
}
