/// Finds the known command a mistyped word was probably meant to be.
enum CommandSuggester {
    /// The closest known word within edit distance 2 (or having `typed` as a prefix), or nil.
    static func suggestion(for typed: String, among names: [String]) -> String? {
        let lower = typed.lowercased()
        var best: (name: String, distance: Int)?
        for name in names {
            let distance = name.hasPrefix(lower) && !lower.isEmpty ? 1 : editDistance(lower, name)
            if distance <= 2, distance < (best?.distance ?? .max) { best = (name, distance) }
        }
        return best?.name
    }

    /// Levenshtein distance with transpositions counted as one edit (Damerau, optimal string alignment).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, table[i - 2][j - 2] + 1)
                }
                table[i][j] = value
            }
        }
        return table[a.count][b.count]
    }
}
