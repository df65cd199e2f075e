import Kubectl
import Testing

@Suite struct ShellWordsTests {
    @Test func splitsOnWhitespace() throws {
        #expect(try ShellWords.split("kubectl  get\tpods ") == ["kubectl", "get", "pods"])
    }

    @Test func singleQuotesAreLiteral() throws {
        #expect(try ShellWords.split("get pods -o 'jsonpath={.items[*].metadata.name}'") == ["get", "pods", "-o", "jsonpath={.items[*].metadata.name}"])
        #expect(try ShellWords.split(#"echo 'a\b "c"'"#) == ["echo", #"a\b "c""#])
    }

    @Test func doubleQuotesHonourBackslashEscapes() throws {
        #expect(try ShellWords.split(#"x "a \"b\" \$c \d""#) == ["x", #"a "b" $c \d"#])
    }

    @Test func backslashOutsideQuotesEscapesTheNextCharacter() throws {
        #expect(try ShellWords.split(##"a\ b c\#d"##) == ["a b", "c#d"])
    }

    @Test func commentsStartAtAnUnquotedHashAtAWordStart() throws {
        #expect(try ShellWords.split("get pods # list them") == ["get", "pods"])
        #expect(try ShellWords.split("a#b '#c'") == ["a#b", "#c"])
    }

    @Test func emptyQuotedWordsAreKept() throws {
        #expect(try ShellWords.split("a '' \"\" b") == ["a", "", "", "b"])
        #expect(try ShellWords.split("   ") == [])
    }

    @Test func adjacentQuotedPartsJoinIntoOneWord() throws {
        #expect(try ShellWords.split(#"--for=condition='Ready'"x""#) == ["--for=condition=Readyx"])
    }

    @Test func unterminatedQuotesAreErrors() {
        #expect(throws: ShellWordsError.unterminatedSingleQuote) { try ShellWords.split("get 'pods") }
        #expect(throws: ShellWordsError.unterminatedDoubleQuote) { try ShellWords.split("get \"pods") }
        #expect(throws: ShellWordsError.trailingBackslash) { try ShellWords.split("get pods\\") }
    }
}
