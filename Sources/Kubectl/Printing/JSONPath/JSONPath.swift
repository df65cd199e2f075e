import ClusterModel

/// kubectl's `-o jsonpath=` (client-go `util/jsonpath` behind cli-runtime's `JSONPathPrinter`).
///
/// Supported: text outside braces, `{.a.b}`, `{.items[*].metadata.name}`, `[n]`, `[-1]`, `[start:end:step]`,
/// `[a,b]` unions, `['key']`, `.*`, `..name` recursive descent, filters `[?(@.x=="y")]`, `[?(@.x)]`,
/// `<`, `>`, `<=`, `>=`, `!=`, `{range …}…{end}`, quoted literals with Go escapes (`{"\n"}`), `$`/`@`.
/// Several results of one action are separated by spaces; maps and arrays print as compact JSON;
/// missing keys print nothing (kubectl's `--allow-missing-template-keys` default).
public enum JSONPath {
    /// Evaluates `template` on `value` (for `get` of several objects, pass the `List` wrapper) and returns the
    /// printed text. Errors carry kubectl's exact stderr text:
    /// `error: error parsing jsonpath {.x[}, unterminated array` or
    /// `error: error executing jsonpath "{.x[5]}": Error executing template: array index out of bounds: …`.
    public static func evaluate(_ template: String, on value: JSONValue) throws(PrinterError) -> String {
        let nodes: [JSONPathNode]
        do {
            nodes = try JSONPathParser.parse(template)
        } catch {
            throw PrinterError("error: error parsing jsonpath \(template), \(error.message)")
        }
        var evaluator = JSONPathEvaluator(nodes: nodes)
        let results: [[JSONValue]]
        do {
            results = try evaluator.findResults(value)
        } catch {
            throw PrinterError(
                "error: error executing jsonpath \(GoFormat.quoted(template)): Error executing template: \(error.message). "
                    + "Printing more information for debugging the template:\n\ttemplate was:\n\t\t\(template)\n"
                    + "\tobject given to jsonpath engine was:\n\t\t\(GoFormat.syntax(value))\n\n")
        }
        return results.map { values in values.map(text).joined(separator: " ") }.joined()
    }

    /// The results of a relaxed expression (`.a.b`, `{.a.b}`) as custom-columns needs them; `nil` on a parse
    /// or evaluation error (message in `error`).
    static func findResults(_ template: String, on value: JSONValue) -> Result<[[JSONValue]], JSONPathEvaluationError> {
        guard let nodes = try? JSONPathParser.parse(template) else { return .failure(JSONPathEvaluationError("parse")) }
        var evaluator = JSONPathEvaluator(nodes: nodes)
        do {
            return .success(try evaluator.findResults(value))
        } catch {
            return .failure(error)
        }
    }

    /// How one result prints: compact JSON for maps and arrays, `null` for null, else Go's `fmt.Fprint`.
    static func text(_ value: JSONValue) -> String {
        switch value {
        case .object, .array, .null: return value.compactJSON
        default: return GoFormat.value(value)
        }
    }
}
