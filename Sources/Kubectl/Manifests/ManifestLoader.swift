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

    /// Loads every `-f` argument.
    static func load(_ paths: [String], host: any KubectlHost, recursive: Bool) -> ManifestLoader {
        var loader = ManifestLoader()
        for path in paths {
            loader.visit(path, host: host, recursive: recursive, explicit: true)
            if loader.error != nil { break }
        }
        return loader
    }

    private mutating func visit(_ path: String, host: any KubectlHost, recursive: Bool, explicit: Bool) {
        if path == "-" {
            decodeStream(host.readStandardInput() ?? "", source: "STDIN")
            return
        }
        let listing: [String]?
        do {
            listing = try host.listDirectory(path)
        } catch {
            self.error = Self.message(for: error, path: path)
            return
        }
        if let listing {
            guard explicit || recursive else { return }
            for entry in listing.sorted() {
                let child = path.hasSuffix("/") ? path + entry : path + "/" + entry
                let isDirectory = ((try? host.listDirectory(child)) ?? nil) != nil
                if isDirectory {
                    if recursive { visit(child, host: host, recursive: recursive, explicit: false) }
                } else if entry.hasSuffix(".yaml") || entry.hasSuffix(".yml") || entry.hasSuffix(".json") {
                    visit(child, host: host, recursive: recursive, explicit: false)
                }
                if error != nil { return }
            }
            return
        }
        do {
            decodeStream(try host.readFile(path), source: path)
        } catch {
            self.error = Self.message(for: error, path: path)
        }
    }

    private static func message(for error: KubectlFileError, path: String) -> String {
        switch error {
        case .notFound: return "error: the path \"\(path)\" does not exist"
        case .unreadable(_, let reason): return "error: open \(path): \(reason)"
        }
    }

    /// Splits a stream into documents and decodes each one.
    private mutating func decodeStream(_ text: String, source: String) {
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
            throw DecodeFailure.text("unable to decode \"\(source)\": json: cannot unmarshal \(Self.goTypeName(value)) into Go value of type map[string]interface {}")
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
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
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
        case yaml(line: Int?, problem: String)
        case text(String)

        func message(source: String) -> String {
            switch self {
            case .yaml(let line, let problem):
                let location = line.map { "line \($0): " } ?? ""
                return "error parsing \(source): error converting YAML to JSON: yaml: \(location)\(problem)"
            case .text(let text):
                return text
            }
        }
    }

    /// Decodes one YAML (or JSON) document into a `JSONValue` (`.null` for an empty document).
    static func decode(_ text: String) throws(DecodeFailure) -> JSONValue {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            switch error {
            case .scanner(_, let problem, let mark, _):
                throw .yaml(line: mark.line, problem: problem)
            case .parser(_, let problem, let mark, _):
                throw .yaml(line: mark.line > 1 ? mark.line - 1 : nil, problem: problem)
            default:
                throw .yaml(line: nil, problem: "\(error)")
            }
        } catch {
            throw .yaml(line: nil, problem: "\(error)")
        }
        guard let node else { return .null }
        return convert(node)
    }

    private static func convert(_ node: Node) -> JSONValue {
        switch node {
        case .scalar(let scalar):
            switch Tag.Name(rawValue: node.tag.rawValue) {
            case Tag.Name.null: return .null
            case Tag.Name.bool: return node.bool.map { .bool($0) } ?? .string(scalar.string)
            case Tag.Name.int: return node.int.map { .int($0) } ?? .string(scalar.string)
            case Tag.Name.float: return node.float.map { .double($0) } ?? .string(scalar.string)
            default: return .string(scalar.string)
            }
        case .mapping(let mapping):
            var members: [String: JSONValue] = [:]
            for (key, value) in mapping {
                members[key.string ?? "\(key)"] = convert(value)
            }
            return .object(members)
        case .sequence(let sequence):
            return .array(sequence.map(convert))
        case .alias:
            return .null
        }
    }
}
