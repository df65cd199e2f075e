import Testing

@testable import Sandbox

/// The linear-time matcher behind grep and awk's /regex/.
@Suite struct PosixMatcherTests {
    static func matches(_ pattern: String, _ line: String, extended: Bool = true, ignoreCase: Bool = false, words: Bool = false) throws -> Bool {
        let syntax = try PosixRegex.translate(pattern, extended: extended).get()
        return try PosixMatcher(syntax, ignoreCase: ignoreCase, wholeWords: words).matches(line)
    }

    @Test("patterns that make a backtracking matcher run for ever answer at once")
    func noCatastrophicBacktracking() throws {
        let line = String(repeating: "a", count: 5_000)
        #expect(try !Self.matches("(a*)*b", line))
        #expect(try !Self.matches("(a|aa)*c", line))
        #expect(try !Self.matches("(a+)+$x", line))
        #expect(try Self.matches("(a|aa)*$", line))
        #expect(runFiltered(line + "\n", "grep -cE '(a*)*b'").stdout == "0\n")
        #expect(runFiltered(line + "\n", "awk '/(a|aa)*c/'").stdout == "")
    }

    @Test("anchors, classes, intervals, alternation and word boundaries")
    func features() throws {
        #expect(try Self.matches("^kube-[a-z]+$", "kube-system"))
        #expect(try !Self.matches("^kube-[a-z]+$", "kube-system2"))
        #expect(try Self.matches("[[:digit:]]{2,3}m", "12m"))
        #expect(try !Self.matches("^[[:digit:]]{2,3}m", "1234m"))
        #expect(try Self.matches("a{,2}b", "b"))
        #expect(try Self.matches("Run(ning)?|Pend", "Pending"))
        #expect(try Self.matches("\\<web\\>", "a web b"))
        #expect(try !Self.matches("\\<web\\>", "webs"))
        #expect(try Self.matches("x\\.y", "x.y"))
        #expect(try !Self.matches("x\\.y", "xzy"))
        #expect(try Self.matches("[^ ]+Loop", "CrashLoopBackOff"))
        #expect(try Self.matches("RUNNING", "Running", ignoreCase: true))
        #expect(try Self.matches("[A-Z]unning", "running", ignoreCase: true))
        #expect(try Self.matches("中文", "是中文的"))
        #expect(try Self.matches("web", "a web-1", words: true))
        #expect(try !Self.matches("web", "webs web_x", words: true))
        #expect(try Self.matches("", "anything"))
    }

    @Test("back-references need backtracking, and huge intervals are too big")
    func limits() throws {
        let backReference = try PosixRegex.translate("\\(a\\)\\1", extended: false).get()
        #expect(throws: PosixMatcher.Unsupported.needsBacktracking) { try PosixMatcher(backReference, ignoreCase: false, wholeWords: false) }
        let huge = try PosixRegex.translate("(a{1000}){1000}", extended: true).get()
        #expect(throws: PosixMatcher.Unsupported.tooBig) { try PosixMatcher(huge, ignoreCase: false, wholeWords: false) }
        #expect(runFiltered("a\n", "grep -E '(a{1000}){1000}'").stderr == "grep: Regular expression too big\n")
        #expect(runFiltered("aa\n", "grep '\\(a\\)\\1'").stdout == "aa\n")
    }
}
