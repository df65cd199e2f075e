import ClusterModel

/// kubectl's `-o custom-columns=HEADER:.path,…` (cli-runtime `CustomColumnsPrinter`).
///
/// Headers are printed as given; each path is a relaxed JSONPath (`.a.b`, `a.b`, `{.a.b}`); several results
/// are joined with `,`; values print with Go's `%v` (`map[k:v]`, `[a b]`, `<nil>` for null); an absent
/// field is `<none>`. Columns are aligned with kubectl's table tabwriter.
public enum CustomColumns {
    /// Renders `objects` (each one row; pass the items, not a List) with the column spec.
    public static func render(spec: String, objects: [JSONValue], noHeaders: Bool = false) throws(PrinterError) -> String {
        var headers: [String] = []
        var templates: [String] = []
        for part in spec.split(separator: ",", omittingEmptySubsequences: false) {
            let pieces = part.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            guard pieces.count == 2 else {
                throw PrinterError("error: unexpected custom-columns spec: \(part), expected <header>:<json-path-expr>")
            }
            headers.append(String(pieces[0]))
            guard let template = relaxed(String(pieces[1])) else {
                throw PrinterError(
                    "error: unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'")
            }
            do {
                _ = try JSONPathParser.parse(template)
            } catch {
                throw PrinterError("error: \(error.message)")
            }
            templates.append(template)
        }
        var text = noHeaders ? "" : headers.joined(separator: "\t") + "\n"
        for object in objects {
            var cells: [String] = []
            for template in templates {
                switch JSONPath.findResults(template, on: object) {
                case .failure(let error): throw PrinterError("error: \(error.message)")
                case .success(let results):
                    var values: [String] = []
                    if results.isEmpty || results[0].isEmpty { values.append("<none>") }
                    for group in results { values += group.map { TerminalEscaping.kubectl(GoFormat.value($0)) } }
                    cells.append(values.joined(separator: ","))
                }
            }
            text += cells.joined(separator: "\t") + "\n"
        }
        var writer = TabWriter.table()
        return writer.format(text)
    }

    /// `RelaxedJSONPathExpression`: `^\{\.?([^{}]+)\}$|^\.?([^{}]+)$` → `{.…}`; nil when it does not match.
    static func relaxed(_ expression: String) -> String? {
        if expression.isEmpty { return expression }
        var body = Substring(expression)
        if body.first == "{" && body.last == "}" && body.count >= 2 {
            body = body.dropFirst().dropLast()
        } else if body.contains("{") || body.contains("}") {
            return nil
        }
        if body.first == "." { body = body.dropFirst() }
        if body.isEmpty || body.contains("{") || body.contains("}") { return nil }
        return "{.\(body)}"
    }
}
