/// The rule for ids in lesson files: lower-case letters, digits and inner hyphens (`delete-pod`).
///
/// Ids never contain dots, so text keys such as `check.delete-pod.terminating` split unambiguously.
enum LessonIdentifier {
    /// Whether `text` is a valid id.
    static func isValid(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        guard ("a"..."z").contains(first) || ("0"..."9").contains(first), last != "-" else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// Throws a positioned error when `text` is not a valid id.
    static func validate(_ text: String, what: String, decoder: any Decoder) throws {
        guard isValid(text) else {
            throw decoder.invalid("\(what) '\(text)' must use lower-case letters, digits and hyphens (e.g. delete-pod)")
        }
    }
}
