import Testing

@testable import Sandbox

/// Absurd input to the filters ends in an answer, never a trap or a runaway recursion.
@Suite struct FilterLimitsTests {
    @Test("deeply nested JSON stops at jq 1.6's parsing depth")
    func deepJSON() {
        let result = runFiltered(String(repeating: "[", count: 5_000), "jq .")
        #expect(result.stderr == "parse error: Exceeds depth limit for parsing at line 1, column 257\n")
        #expect(result.status == 4)
    }

    @Test("a huge jq program and deep interpolation are refused, not recursed into")
    func hugePrograms() {
        let long = runFiltered("1\n", "jq '" + Array(repeating: ".", count: 2_000).joined(separator: " | ") + "'")
        #expect(long.stderr.hasPrefix("jq: a program of more than 500 tokens is not supported"))
        #expect(long.status == 3)
        var nested = "1"
        for _ in 0..<40 { nested = "\"\\(" + nested + ")\"" }
        let deep = runFiltered("1\n", "jq '" + nested + "'")
        #expect(deep.stderr.hasPrefix("jq: string interpolation nested more than 16 deep is not supported"))
        #expect(runFiltered("1\n", "jq '" + nested + "'", language: "zh-CN").stderr == "jq: k8s-tutor 内置的 jq 不支持嵌套超过 16 层的字符串插值\n")
    }

    @Test("numbers far beyond an array's length index, slice and repeat without trapping")
    func hugeNumbers() {
        #expect(runFiltered("[1,2]\n", "jq -c '.[1e300], .[-1e300], .[0:1e300], limit(1e300; .[])'").stdout == "null\nnull\n[1,2]\n1\n2\n")
        #expect(runFiltered("\"ab\"\n", "jq '. * 1e300'").stderr == "jq: error (at <stdin>:1): Repeat string result too long\n")
        #expect(runFiltered("5\n", "jq '. % 1e300, 1e300 % 7'").status == 0)
    }

    @Test("a regular expression nested 10,000 deep is too big, not a crash")
    func deepRegex() {
        let pattern = String(repeating: "(", count: 10_000) + "a" + String(repeating: ")", count: 10_000)
        let result = runFiltered("a\n", "grep -E '" + pattern + "'")
        #expect(result.stderr == "grep: Regular expression too big\n")
        #expect(result.status == 2)
    }

    @Test("field and character numbers beyond any line select nothing")
    func hugeOffsets() {
        #expect(runFiltered("b a\na b\n", "sort -k 99999999999999999999.99999999999999999999").stdout == "a b\nb a\n")
        #expect(runFiltered("abc\n", "cut -c 99999999999999999999-").stdout == "\n")
        #expect(runFiltered("a\nb\n", "head -n 99999999999999999999").stdout == "a\nb\n")
        #expect(runFiltered("a\nb\n", "awk '{print $999999}'").stdout == "\n\n")
    }
}
