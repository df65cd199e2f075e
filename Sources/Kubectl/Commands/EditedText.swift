import ClusterModel

/// The text of a file `kubectl edit` opened, as kubectl compares and checks it once the editor exits
/// (`cmdutil.StripComments`, `cmdutil.ManualStrip`, `hasLines`, and the client side of `--validate`).
enum EditedText {
    /// What `StripComments` makes of a file: the JSON its YAML converts to (comments are gone), or, when it does not
    /// convert, its text without comment lines; JSON text stays as it is. Two files are "the same" when these are.
    enum Stripped: Equatable {
        case json(JSONValue)
        case text(String)
    }

    /// `StripComments`.
    static func strip(_ text: String) -> Stripped {
        if hasJSONPrefix(text) { return .text(text) }
        do {
            return .json(try firstDocument(text))
        } catch {
            return .text(manualStrip(text))
        }
    }

    /// `ManualStrip`: the lines that are not comments (`#`, but not `#!`), each keeping its line break.
    static func manualStrip(_ text: String) -> String {
        let lines = Self.lines(text)
        var result = ""
        for (index, line) in lines.enumerated() {
            let trimmed = trimmingSpace(line)
            if trimmed.hasPrefix("#") && !trimmed.hasPrefix("#!") { continue }
            result += line
            if index < lines.count - 1 { result += "\n" }
        }
        return result
    }

    /// `hasLines`: whether some line holds more than white space and is not a comment.
    static func hasLines(_ text: String) -> Bool {
        lines(text).contains { line in
            let trimmed = trimmingSpace(line)
            return !trimmed.isEmpty && !trimmed.hasPrefix("#")
        }
    }

    /// Why the client-side check of `--validate=strict|warn` refuses the stripped file, or nil. With an API server
    /// that validates fields itself (`paramVerifyingSchema.ValidateBytes`), kubectl only parses the file and checks
    /// `apiVersion` and `kind` (`parse`, `getObjectKind` in kubectl's `pkg/validation`).
    static func validationError(_ stripped: Stripped) -> String? {
        let value: JSONValue
        switch stripped {
        case .json(let json):
            value = json
        case .text(let text):
            do {
                value = hasJSONPrefix(text) ? try GoJSONDecoder.decode(text) : try firstDocument(text)
            } catch let error as GoJSONDecoder.SyntaxError {
                return error.message
            } catch let error as ManifestLoader.DecodeFailure {
                return yamlToJSONMessage(error)
            } catch {
                return String(describing: error)
            }
        }
        guard case .object(let fields) = value else { return "invalid object to validate" }
        var errors: [String] = []
        switch fields["apiVersion"] {
        case nil, .null?: errors.append("apiVersion not set")
        case .string(let apiVersion)?:
            if apiVersion != "/" && apiVersion.filter({ $0 == "/" }).count > 1 { errors.append("unexpected GroupVersion string: \(apiVersion)") }
        default: errors.append("apiVersion isn't string type")
        }
        switch fields["kind"] {
        case nil, .null?: errors.append("kind not set")
        case .string?: break
        default: errors.append("kind isn't string type")
        }
        // `utilerrors.NewAggregate(…).Error()`.
        switch errors.count {
        case 0: return nil
        case 1: return errors[0]
        default: return "[" + errors.joined(separator: ", ") + "]"
        }
    }

    /// The lines of `text`, split at every LF (a CR before it stays in the line, as in Go's `bytes.Split`).
    private static func lines(_ text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
    }

    /// `bytes.TrimSpace`: the line without leading and trailing white space.
    private static func trimmingSpace(_ line: String) -> Substring {
        guard let start = line.firstIndex(where: { !$0.isWhitespace }), let end = line.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return line[start...end]
    }

    /// `hasJSONPrefix`: the first non-space character is `{`.
    static func hasJSONPrefix(_ text: String) -> Bool {
        text.drop(while: { $0.isWhitespace }).hasPrefix("{")
    }

    /// sigs.k8s.io/yaml's `YAMLToJSON`: go-yaml reads the first document of the stream.
    private static func firstDocument(_ text: String) throws(ManifestLoader.DecodeFailure) -> JSONValue {
        try ManifestLoader.decode(ManifestLoader.splitDocuments(text).first ?? "")
    }

    /// `YAMLToJSON`'s error as its `Error()` prints it: go-yaml's own (`yaml: line 17: could not find expected ':'`).
    private static func yamlToJSONMessage(_ failure: ManifestLoader.DecodeFailure) -> String {
        switch failure {
        case .yaml(let line, let problem): return "yaml: " + (line.map { "line \($0): " } ?? "") + problem
        case .conversion(let problem): return problem
        case .text(let text): return text
        }
    }
}
