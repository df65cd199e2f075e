/// Checks standard base64 text as Go's `encoding/base64.StdEncoding` decodes `[]byte` fields (Secret `data`).
enum Base64Check {
    /// The offset Go reports in `illegal base64 data at input byte N`, or nil when `text` decodes.
    static func firstIllegalByte(_ text: String) -> Int? {
        let bytes = Array(text.utf8).filter { $0 != 0x0A && $0 != 0x0D }
        var position = 0
        var padding = 0
        for byte in bytes {
            let isAlphabet = (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x2B || byte == 0x2F
            if byte == 0x3D {
                padding += 1
            } else if !isAlphabet || padding > 0 {
                return position
            }
            position += 1
        }
        if padding > 2 || bytes.count % 4 != 0 { return max(0, bytes.count - (bytes.count % 4 == 0 ? padding : bytes.count % 4)) }
        return nil
    }
}
