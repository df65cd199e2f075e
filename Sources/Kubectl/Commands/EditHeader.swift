/// The comment block on top of the file `kubectl edit` opens: the instructions, then why the file came back
/// (`editHeader.writeTo` in kubectl's `pkg/cmd/util/editor/editoptions.go`).
struct EditHeader {
    /// One reason the file must be edited again: a headline and, for an Invalid error, one line per cause.
    struct Reason {
        var head: String
        var other: [String] = []
    }

    var reasons: [Reason] = []

    /// The text: the four instruction lines, then per reason `# head` (`# head:` with causes), `# * cause` lines
    /// and a `#` line.
    var text: String {
        var out = """
            # Please edit the object below. Lines beginning with a '#' will be ignored,
            # and an empty file will abort the edit. If an error occurs while saving this file will be
            # reopened with the relevant failures.
            #

            """
        for reason in reasons {
            out += "# \(Self.hashOnLineBreak(reason.head))\(reason.other.isEmpty ? "" : ":")\n"
            for other in reason.other { out += "# * \(Self.hashOnLineBreak(other))\n" }
            out += "#\n"
        }
        return out
    }

    /// `hashOnLineBreak`: a `# ` after every line break that is not already followed by `#`.
    static func hashOnLineBreak(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            result.append(scalar)
            if scalar == "\n", index + 1 < scalars.count, scalars[index + 1] != "#" { result.append(contentsOf: "# ".unicodeScalars) }
        }
        return String(result)
    }
}
