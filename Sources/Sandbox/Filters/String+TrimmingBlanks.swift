/// Trimming for the filters that read numbers out of fields (awk, jq's tonumber).
extension String {
    /// The text without leading and trailing blanks and newlines.
    func trimmingBlanks() -> Substring {
        let blanks: Set<Character> = [" ", "\t", "\n"]
        guard let start = firstIndex(where: { !blanks.contains($0) }) else { return "" }
        let end = lastIndex(where: { !blanks.contains($0) })!
        return self[start...end]
    }
}
