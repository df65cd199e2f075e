import ClusterModel
import Yams

/// Reads `-f` arguments (files, directories, `-`) into objects, as kubectl's resource builder does.
///
/// Multi-document YAML is split on `---` lines and each document decoded separately (so error line numbers
/// are relative to the document, as in kubectl); JSON is accepted too; `kind: List` is expanded. Reading stops
/// at the first error, and the objects decoded before it are still returned.
struct ManifestLoader {
    /// Objects decoded before any error, in order.
    var documents: [ManifestDocument] = []
    /// The first error, worded as kubectl prints it (`error: …`).
    var error: String?

    /// Whether the user interrupted the reading (Ctrl-C); nothing should be applied then.
    var interrupted = false
    /// How many files (or standard inputs) were read, as kubectl counts its file visitors.
    private var visitedFiles = 0

    /// kubectl's file extensions for directory walks (`FileExtensions` in cli-runtime's builder).
    static let extensions = [".json", ".yaml", ".yml"]

    /// Loads every `-f` argument.
    static func load(_ paths: [String], host: any KubectlHost, recursive: Bool) -> ManifestLoader {
        var loader = ManifestLoader()
        for path in paths {
            loader.visit(path, host: host, recursive: recursive, explicit: true)
            if loader.error != nil || loader.interrupted { break }
        }
        if loader.visitedFiles == 0, loader.error == nil, !loader.interrupted {
            // The builder's error when no path yielded a file to read.
            loader.error = "error: error reading [\(paths.joined(separator: " "))]: recognized file extensions are [\(extensions.joined(separator: " "))]"
        }
        return loader
    }

    /// Visits one path as cli-runtime's `ExpandPathsToFileVisitors` does with `filepath.Walk`: directories below
    /// the given one only with `-R`, files below it only with a manifest extension, and symbolic links never
    /// followed into (the walk uses `lstat`, so a link is a file, read through the link when its name fits).
    private mutating func visit(_ path: String, host: any KubectlHost, recursive: Bool, explicit: Bool) {
        if host.interruptRequested {
            interrupted = true
            return
        }
        if path == "-" {
            visitedFiles += 1
            decodeStream(host.readStandardInput() ?? "", source: "STDIN")
            return
        }
        let listing: [String]?
        do {
            listing = host.isSymbolicLink(path) ? nil : try host.listDirectory(path)
        } catch {
            self.error = Self.message(for: error, path: path)
            return
        }
        if let listing {
            guard explicit || recursive else { return }
            for entry in listing.sorted() {
                let child = path.hasSuffix("/") ? path + entry : path + "/" + entry
                let isDirectory = !host.isSymbolicLink(child) && ((try? host.listDirectory(child)) ?? nil) != nil
                if isDirectory {
                    if recursive { visit(child, host: host, recursive: recursive, explicit: false) }
                } else if Self.extensions.contains(where: { entry.hasSuffix($0) }) {
                    visit(child, host: host, recursive: recursive, explicit: false)
                }
                if error != nil || interrupted { return }
            }
            return
        }
        visitedFiles += 1
        do {
            decodeStream(try host.readFile(path), source: path)
        } catch {
            self.error = Self.message(for: error, path: path)
        }
    }

    private static func message(for error: KubectlFileError, path: String) -> String {
        switch error {
        case .notFound: return "error: the path \"\(path)\" does not exist"
        // A directory reached through a link (or named explicitly through one) is opened, then fails to read.
        case .unreadable(_, "is a directory"): return "error: error parsing \(path): read \(path): is a directory"
        case .unreadable(_, let reason): return "error: open \(path): \(reason)"
        }
    }

    /// Decodes one stream (`kubectl edit`'s saved file, read as the builder's `Stream(…, "edited-file")`): its objects
    /// until the first error, and that error.
    static func load(stream text: String, source: String) -> ManifestLoader {
        var loader = ManifestLoader()
        loader.decodeStream(text, source: source)
        return loader
    }

    /// Splits a stream into documents and decodes each one.
    private mutating func decodeStream(_ text: String, source: String) {
        // A byte order mark opens the stream for go-yaml; libyaml under Yams, told the encoding, would choke on it.
        let text = text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
        for chunk in Self.splitDocuments(text) {
            do throws(DecodeFailure) {
                let value = try Self.decode(chunk)
                guard !value.isNull else { continue }
                try append(value, source: source)
            } catch {
                self.error = "error: " + error.message(source: source)
                return
            }
        }
    }

    private mutating func append(_ value: JSONValue, source: String) throws(DecodeFailure) {
        guard case .object = value else {
            // apimachinery's unstructured scheme first decodes into its `detector` struct.
            throw DecodeFailure.text("unable to decode \"\(source)\": json: cannot unmarshal \(Self.goTypeName(value)) into Go value of type unstructured.detector")
        }
        let kind = value["kind"].string ?? ""
        if kind.isEmpty {
            throw DecodeFailure.text("unable to decode \"\(source)\": Object 'Kind' is missing in '\(value.compactJSON)'")
        }
        if (value["apiVersion"].string ?? "").isEmpty {
            throw DecodeFailure.text("unable to decode \"\(source)\": Object 'apiVersion' is missing in '\(value.compactJSON)'")
        }
        if kind.hasSuffix("List"), let items = value["items"].array {
            for item in items { try append(item, source: source) }
            return
        }
        documents.append(ManifestDocument(source: source, object: value))
    }

    private static func goTypeName(_ value: JSONValue) -> String {
        switch value {
        case .array: return "array"
        case .string: return "string"
        case .int, .double: return "number"
        case .bool: return "bool"
        default: return "object"
        }
    }

    /// kubectl's YAMLReader: a line that is `---` (plus trailing spaces) ends a document.
    static func splitDocuments(_ text: String) -> [String] {
        var documents: [String] = []
        var current: [Substring] = []
        // Split at each LF scalar: Swift sees CR LF as one Character, which a split on "\n" would not find.
        for scalars in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = Substring(scalars)
            if line.hasPrefix("---"), line.dropFirst(3).allSatisfy(\.isWhitespace) {
                documents.append(current.joined(separator: "\n"))
                current = []
            } else {
                current.append(line)
            }
        }
        documents.append(current.joined(separator: "\n"))
        return documents.filter { !$0.allSatisfy(\.isWhitespace) }
    }

    /// A decoding problem with kubectl's wording.
    enum DecodeFailure: Error {
        /// go-yaml's error (`yaml: line 3: …`).
        case yaml(line: Int?, problem: String)
        /// An error of the YAML-to-JSON conversion after parsing (`json: unsupported value: +Inf`).
        case conversion(String)
        /// A complete message.
        case text(String)

        func message(source: String) -> String {
            switch self {
            case .yaml(let line, let problem):
                let location = line.map { "line \($0): " } ?? ""
                return "error parsing \(source): error converting YAML to JSON: yaml: \(location)\(problem)"
            case .conversion(let problem):
                return "error parsing \(source): error converting YAML to JSON: \(problem)"
            case .text(let text):
                return text
            }
        }
    }

    /// Decodes one YAML (or JSON) document into a `JSONValue` (`.null` for an empty document), as
    /// sigs.k8s.io/yaml's YAMLToJSON does: go-yaml's limits on aliases, JSON's refusal of infinities, integral
    /// floats written as integers.
    static func decode(_ text: String) throws(DecodeFailure) -> JSONValue {
        let parser: Parser
        let root: Node?
        do {
            try YAMLAliasBudget.precheck(text)
            parser = try Parser(yaml: text)
            root = try parser.singleRoot()
        } catch let error as YamlError {
            throw failure(error, text: text)
        } catch is YAMLAliasBudget.Exceeded {
            throw .yaml(line: nil, problem: YAMLAliasBudget.problem)
        } catch {
            throw .yaml(line: nil, problem: String(describing: error))
        }
        guard let root else { return .null }
        // Anchors are held weakly by the nodes: the parser keeps them alive while the budget compares them.
        defer { withExtendedLifetime(parser) {} }
        var conversion = YAMLConversion()
        return try conversion.convert(root)
    }

    /// go-yaml's wording for a Yams (libyaml) error.
    private static func failure(_ error: YamlError, text: String) -> DecodeFailure {
        switch error {
        case .reader(let problem, _, _, _):
            // go-yaml reports reader problems (control characters, bad encodings) without a line.
            return .yaml(line: nil, problem: problem)
        case .scanner(_, let problem, let mark, _):
            return .yaml(line: mark.line, problem: depthProblem(problem) ?? problem)
        case .parser(_, let problem, let mark, _):
            if let depth = depthProblem(problem) { return .yaml(line: mark.line, problem: depth) }
            return .yaml(line: mark.line > 1 ? mark.line - 1 : nil, problem: problem)
        case .composer(_, let problem, let mark, _):
            return .yaml(line: mark.line, problem: problem)
        case .duplicatedKeysInMapping(let duplicates, let context):
            // go-yaml keeps the last value; Yams refuses the document, so say so as go-yaml's strict mode does.
            let key = duplicates.first ?? ""
            let line = secondOccurrence(of: key, after: context.mark, in: text) ?? context.mark.line
            return .yaml(line: nil, problem: "unmarshal errors:\n  line \(line): key \(GoFormat.quoted(key)) already set in map")
        default:
            return .yaml(line: nil, problem: String(describing: error))
        }
    }

    /// libyaml's nesting limit (1,000 levels) in go-yaml's words for its own limit.
    private static func depthProblem(_ problem: String) -> String? {
        problem.hasPrefix("Maximum nesting level reached") ? "exceeded max depth of 1000" : nil
    }

    /// The line of the next block-mapping key `key` at the column of the first one, if there is one.
    private static func secondOccurrence(of key: String, after mark: Mark, in text: String) -> Int? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line >= 1, mark.line <= lines.count else { return nil }
        let indent = String(repeating: " ", count: max(0, mark.column - 1))
        for number in mark.line..<lines.count {
            let line = lines[number]
            guard line.hasPrefix(indent) else { continue }
            let rest = line.dropFirst(indent.count)
            if rest.hasPrefix(key + ":") || rest.hasPrefix("\"\(key)\":") || rest.hasPrefix("'\(key)':") { return number + 1 }
        }
        return nil
    }
}
