import Testing

@testable import LineEditor

@Suite struct TerminalSetupTests {
    @Test func widthPrefersTheTerminalThenColumnsThen80() {
        #expect(TerminalSetup.resolveColumns(terminal: 132, columnsVariable: "100") == 132)
        #expect(TerminalSetup.resolveColumns(terminal: 0, columnsVariable: "100") == 100)
        #expect(TerminalSetup.resolveColumns(terminal: 0, columnsVariable: "wide") == 80)
        #expect(TerminalSetup.resolveColumns(terminal: 0, columnsVariable: "-3") == 80)
        #expect(TerminalSetup.resolveColumns(terminal: 0, columnsVariable: nil) == 80)
    }

    @Test func codesetNamesAreRecognised() {
        #expect(TerminalSetup.isUTF8(codeset: "UTF-8"))
        #expect(TerminalSetup.isUTF8(codeset: "utf8"))
        #expect(!TerminalSetup.isUTF8(codeset: "ANSI_X3.4-1968"))
    }

    @Test func preparingTheLocaleEndsInUTF8() {
        #expect(TerminalSetup.prepareLocale())
        #expect(TerminalSetup.isUTF8(codeset: TerminalSetup.currentCodeset))
    }
}
