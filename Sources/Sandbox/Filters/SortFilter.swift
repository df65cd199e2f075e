/// `sort`: its input's lines in order, as GNU sort orders them in the C locale (byte by byte, which is what
/// `C.UTF-8` gives): `-r`, `-n` (numeric prefix, non-numbers as 0), `-u`, `-f`, `-b`, `-t SEP`, and
/// `-k START[,END]` keys with `.CHAR` offsets and their own `bfnr` letters, `-s` stable. Lines whose keys tie are ordered
/// by the whole line (GNU's last-resort comparison) unless `-u` makes them one.
struct SortFilter: TextFilter {
    /// Ordering options of the whole sort or of one key.
    struct Ordering: Hashable {
        var numeric = false
        var reverse = false
        var foldCase = false
        var skipBlanks = false
        var isEmpty: Bool { !numeric && !reverse && !foldCase && !skipBlanks }
    }

    /// A `-k` key: fields and characters are 1-based; `endField` nil runs to the end of the line.
    struct Key: Hashable {
        var startField: Int
        var startCharacter = 1
        var endField: Int?
        var endCharacter = 0
        var ordering = Ordering()
    }

    private let keys: [Key]
    private let global: Ordering
    private let unique: Bool
    private let stable: Bool
    private let separator: Character?
    private var lines: [String] = []

    /// Parses sort's arguments.
    static func make(_ arguments: [String], language: String) -> Result<SortFilter, FailedFilter> {
        let scanner = OptionScanner(
            program: "sort", flags: Set("rnufbs"), valued: ["k", "t"],
            long: ["reverse": .init(reportedAs: "r", takesValue: false), "numeric-sort": .init(reportedAs: "n", takesValue: false),
                   "unique": .init(reportedAs: "u", takesValue: false), "ignore-case": .init(reportedAs: "f", takesValue: false),
                   "ignore-leading-blanks": .init(reportedAs: "b", takesValue: false), "stable": .init(reportedAs: "s", takesValue: false),
                   "key": .init(reportedAs: "k", takesValue: true), "field-separator": .init(reportedAs: "t", takesValue: true)],
            unsupported: Set("cCdghiMmoRSTVz".map(String.init)).union([
                "check", "dictionary-order", "general-numeric-sort", "human-numeric-sort", "month-sort", "merge", "output",
                "random-sort", "version-sort", "zero-terminated", "parallel", "buffer-size", "help", "version",
            ]),
            trailer: "Try 'sort --help' for more information.\n", status: 2, language: language)
        var global = Ordering()
        var keys: [Key] = []
        var unique = false
        var stable = false
        var separator: Character?
        switch scanner.scan(arguments) {
        case .failure(let failed): return .failure(failed)
        case .success(let items):
            for item in items {
                switch item {
                case .option("r", _): global.reverse = true
                case .option("n", _): global.numeric = true
                case .option("f", _): global.foldCase = true
                case .option("b", _): global.skipBlanks = true
                case .option("u", _): unique = true
                case .option("s", _): stable = true
                case .option("k", let value?):
                    switch parseKey(value) {
                    case .success(let key): keys.append(key)
                    case .failure(let message): return .failure(scanner.failure("sort: " + message.text))
                    }
                case .option("t", let value?):
                    guard let first = value.first else { return .failure(scanner.failure("sort: empty tab")) }
                    guard value.count == 1 else { return .failure(scanner.failure("sort: multi-character tab ‘\(value)’")) }
                    if let separator, separator != first { return .failure(scanner.failure("sort: incompatible tabs")) }
                    separator = first
                case .option: break
                case .operand(let word): return .failure(scanner.noFiles(word))
                }
            }
        }
        return .success(SortFilter(keys: keys, global: global, unique: unique, stable: stable, separator: separator))
    }

    /// A `-k` value: `F[.C][opts][,F[.C][opts]]`, with GNU sort's messages for bad ones.
    static func parseKey(_ text: String) -> Result<Key, UsageMessage> {
        var rest = Substring(text)
        func number() -> Int? {
            let digits = rest.prefix { ("0"..."9").contains($0) }
            rest = rest.dropFirst(digits.count)
            // Offsets past any line act alike; keeping them small keeps the arithmetic from overflowing.
            return digits.isEmpty ? nil : min(Int(digits) ?? Int.max, 1 << 40)
        }
        func options(_ ordering: inout Ordering) {
            while let letter = rest.first, "bfnr".contains(letter) {
                switch letter {
                case "b": ordering.skipBlanks = true
                case "f": ordering.foldCase = true
                case "n": ordering.numeric = true
                default: ordering.reverse = true
                }
                rest = rest.dropFirst()
            }
        }
        guard let field = number() else { return .failure(UsageMessage("invalid number at field start: invalid count at start of ‘\(rest)’")) }
        guard field > 0 else { return .failure(UsageMessage("field number is zero: invalid field specification ‘\(text)’")) }
        var key = Key(startField: field)
        if rest.first == "." {
            rest = rest.dropFirst()
            guard let character = number() else { return .failure(UsageMessage("invalid number after '.': invalid count at start of ‘\(rest)’")) }
            guard character > 0 else { return .failure(UsageMessage("character offset is zero: invalid field specification ‘\(text)’")) }
            key.startCharacter = character
        }
        options(&key.ordering)
        if rest.first == "," {
            rest = rest.dropFirst()
            guard let end = number() else { return .failure(UsageMessage("invalid number after ',': invalid count at start of ‘\(rest)’")) }
            guard end > 0 else { return .failure(UsageMessage("field number is zero: invalid field specification ‘\(text)’")) }
            key.endField = end
            if rest.first == "." {
                rest = rest.dropFirst()
                guard let character = number() else { return .failure(UsageMessage("invalid number after '.': invalid count at start of ‘\(rest)’")) }
                key.endCharacter = character
            }
            options(&key.ordering)
        }
        guard rest.isEmpty else { return .failure(UsageMessage("stray character in field spec: invalid field specification ‘\(text)’")) }
        return .success(key)
    }

    private init(keys: [Key], global: Ordering, unique: Bool, stable: Bool, separator: Character?) {
        self.keys = keys
        self.global = global
        self.unique = unique
        self.stable = stable
        self.separator = separator
    }

    mutating func consume(_ line: String, terminated: Bool) -> String {
        lines.append(line)
        return ""
    }

    mutating func finish() -> FilterEnd {
        let effectiveKeys = keys.isEmpty ? [Key(startField: 1, ordering: global)] : keys.map { key in
            var key = key
            if key.ordering.isEmpty { key.ordering = global }
            return key
        }
        let decorated = lines.enumerated().map { item in (item.element, effectiveKeys.map { extract($0, from: item.element) }, item.offset) }
        let sorted = decorated.sorted { a, b in
            let order = compareKeys(a.1, b.1, keys: effectiveKeys)
            if order != 0 { return order < 0 }
            // GNU's last resort compares whole lines; -u and -s keep equal keys in input order instead.
            if !unique && !stable {
                let last = Self.bytes(a.0, b.0)
                if last != 0 { return global.reverse ? last > 0 : last < 0 }
            }
            return a.2 < b.2
        }
        var output = ""
        var previous: [String]?
        for (line, extracted, _) in sorted {
            if unique, let previous, compareKeys(previous, extracted, keys: effectiveKeys) == 0 { continue }
            previous = extracted
            output += line + "\n"
        }
        return FilterEnd(output: output)
    }

    private func compareKeys(_ a: [String], _ b: [String], keys: [Key]) -> Int {
        for (index, key) in keys.enumerated() {
            var order = compare(a[index], b[index], key.ordering)
            if key.ordering.reverse { order = -order }
            if order != 0 { return order }
        }
        return 0
    }

    private func compare(_ a: String, _ b: String, _ ordering: Ordering) -> Int {
        if ordering.numeric {
            let x = Self.numericPrefix(a), y = Self.numericPrefix(b)
            return x < y ? -1 : (x > y ? 1 : 0)
        }
        var a = a, b = b
        if ordering.skipBlanks {
            a = String(a.drop { $0 == " " || $0 == "\t" })
            b = String(b.drop { $0 == " " || $0 == "\t" })
        }
        if ordering.foldCase { return Self.bytes(a.uppercased(), b.uppercased()) }
        return Self.bytes(a, b)
    }

    /// Byte order: -1, 0 or 1.
    static func bytes(_ a: String, _ b: String) -> Int {
        if a.utf8.elementsEqual(b.utf8) { return 0 }
        return a.utf8.lexicographicallyPrecedes(b.utf8) ? -1 : 1
    }

    /// The number at the start of `text` after blanks (`-12.5abc` is -12.5), 0 when there is none.
    static func numericPrefix(_ text: String) -> Double {
        var rest = Substring(text).drop { $0 == " " || $0 == "\t" }
        var sign = 1.0
        if rest.first == "-" {
            sign = -1
            rest = rest.dropFirst()
        }
        let integer = rest.prefix { ("0"..."9").contains($0) }
        rest = rest.dropFirst(integer.count)
        var fraction = Substring("")
        if rest.first == "." { fraction = rest.dropFirst().prefix { ("0"..."9").contains($0) } }
        return sign * (Double("0" + integer + "." + fraction + "0") ?? 0)
    }

    /// The text of `key` in `line`: without `-t` a field is its blanks and the non-blanks after them.
    private func extract(_ key: Key, from line: String) -> String {
        let characters = Array(line)
        var starts: [Int] = []
        var ends: [Int] = []
        if let separator {
            var start = 0
            for (index, character) in characters.enumerated() where character == separator {
                starts.append(start)
                ends.append(index)
                start = index + 1
            }
            starts.append(start)
            ends.append(characters.count)
        } else {
            var index = 0
            while index < characters.count {
                let start = index
                while index < characters.count, characters[index] == " " || characters[index] == "\t" { index += 1 }
                while index < characters.count, characters[index] != " " && characters[index] != "\t" { index += 1 }
                starts.append(start)
                ends.append(index)
            }
        }
        func blanksSkipped(_ position: Int, limit: Int) -> Int {
            var position = position
            while position < limit, characters[position] == " " || characters[position] == "\t" { position += 1 }
            return position
        }
        guard key.startField <= starts.count else { return "" }
        var begin = starts[key.startField - 1]
        if key.ordering.skipBlanks { begin = blanksSkipped(begin, limit: characters.count) }
        begin = min(begin + key.startCharacter - 1, characters.count)
        var finish = characters.count
        if let endField = key.endField {
            if endField <= ends.count {
                if key.endCharacter == 0 {
                    finish = ends[endField - 1]
                } else {
                    var fieldStart = starts[endField - 1]
                    if key.ordering.skipBlanks { fieldStart = blanksSkipped(fieldStart, limit: characters.count) }
                    finish = min(fieldStart + key.endCharacter, characters.count)
                }
            }
        }
        guard begin < finish else { return "" }
        return String(characters[begin..<finish])
    }
}
