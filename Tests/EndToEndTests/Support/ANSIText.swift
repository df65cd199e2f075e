/// Turns raw terminal output into the text a reader sees, for assertions.
enum ANSIText {
    /// Removes escape sequences (CSI, OSC, two-byte ESC sequences), libedit's prompt ignore markers,
    /// bells, backspaces and carriage returns (so CR LF reads as LF, and a redraw from column 0
    /// reads as the old text followed by the new).
    static func strip(_ raw: String) -> String {
        var result = ""
        var scalars = raw.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar {
            case "\u{1B}":
                skipEscape(&scalars)
            case "\r", "\u{1}", "\u{7}", "\u{8}":
                continue
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func skipEscape(_ scalars: inout String.UnicodeScalarView.Iterator) {
        guard let introducer = scalars.next() else { return }
        switch introducer {
        case "[":  // CSI: parameters and intermediates, then a final byte in @...~
            while let scalar = scalars.next() {
                if (0x40...0x7E).contains(scalar.value) { return }
            }
        case "]":  // OSC: until BEL or ESC \
            while let scalar = scalars.next() {
                if scalar == "\u{7}" { return }
                if scalar == "\u{1B}" {
                    _ = scalars.next()
                    return
                }
            }
        case "(", ")", "*", "+", "#":  // character set designation: one more byte
            _ = scalars.next()
        default:  // two-byte sequences such as ESC = or ESC >
            return
        }
    }
}
