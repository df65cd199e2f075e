import CEditLine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Process-wide terminal facts and preparation the shell needs before reading input.
public enum TerminalSetup {
    /// Whether both standard input and standard output are terminals (use ``LineEditor``);
    /// otherwise use ``PlainLineReader``.
    public static var isInteractive: Bool {
        isatty(0) != 0 && isatty(1) != 0
    }

    /// Adopts the user's locale and makes sure the character type is UTF-8.
    ///
    /// Calls `setlocale(LC_ALL, "")`; when the resulting codeset is not UTF-8 (LANG=C, or an empty
    /// environment), sets `LC_CTYPE` to `C.UTF-8`. Without this libedit silently drops every
    /// non-ASCII keystroke.
    /// - Returns: whether the character type is UTF-8 afterwards.
    @discardableResult
    public static func prepareLocale() -> Bool {
        _ = setlocale(LC_ALL, "")
        if isUTF8(codeset: currentCodeset) { return true }
        _ = setlocale(LC_CTYPE, "C.UTF-8")
        return isUTF8(codeset: currentCodeset)
    }

    /// The codeset of the current `LC_CTYPE`.
    static var currentCodeset: String {
        guard let codeset = cel_codeset() else { return "" }
        return String(cString: codeset)
    }

    /// Whether a codeset name denotes UTF-8 ("UTF-8", "utf8", …).
    static func isUTF8(codeset: String) -> Bool {
        let normalized = codeset.lowercased().filter { $0 != "-" && $0 != "_" }
        return normalized == "utf8"
    }

    /// The terminal width in columns: `TIOCGWINSZ` on `fileDescriptor`, then `$COLUMNS`, then 80.
    public static func columns(fileDescriptor: Int32 = 1) -> Int {
        let fromTerminal = Int(cel_terminal_columns(fileDescriptor))
        let variable = getenv("COLUMNS").map { String(cString: $0) }
        return resolveColumns(terminal: fromTerminal, columnsVariable: variable)
    }

    /// The width rule, separated from the system calls for testing.
    static func resolveColumns(terminal: Int, columnsVariable: String?) -> Int {
        if terminal > 0 { return terminal }
        if let variable = columnsVariable, let value = Int(variable), value > 0 { return value }
        return 80
    }
}
