import ClusterModel

/// An env file for `--from-env-file` (`cmdutil.AddFromEnvFile`): one `KEY=value` a line; blank lines and lines
/// starting with `#` are skipped; leading white space before the key is dropped; the value is kept as written.
enum EnvFile {
    /// The entries in order, or kubectl's error for a line that cannot be used.
    static func entries(_ text: String) throws(KubectlError) -> [(String, String)] {
        var entries: [(String, String)] = []
        var content = Substring(text)
        if content.hasPrefix("\u{FEFF}") { content = content.dropFirst() }
        for (index, rawLine) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = rawLine
            if line.hasSuffix("\r") { line = line.dropLast() }
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let equals = trimmed.firstIndex(of: "=") else {
                // kubectl reads such a key's value from its own environment; the simulation has none to offer.
                try check(String(trimmed), line: index + 1)
                entries.append((String(trimmed), ""))
                continue
            }
            let key = String(trimmed[..<equals])
            try check(key, line: index + 1)
            entries.append((key, String(trimmed[trimmed.index(after: equals)...])))
        }
        return entries
    }

    /// `IsEnvVarName`: `[-._a-zA-Z][-._a-zA-Z0-9]*`.
    static func isEnvVarName(_ key: String) -> Bool {
        let bytes = Array(key.utf8)
        func allowed(_ byte: UInt8, first: Bool) -> Bool {
            (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x2D || byte == 0x2E || byte == 0x5F || (!first && (0x30...0x39).contains(byte))
        }
        return !bytes.isEmpty && allowed(bytes[0], first: true) && bytes.dropFirst().allSatisfy { allowed($0, first: false) }
    }

    private static func check(_ key: String, line: Int) throws(KubectlError) {
        guard isEnvVarName(key) else {
            throw .plain(
                "\(GoQuote.quoted(key)) is not a valid key name: a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')"
            )
        }
    }
}
