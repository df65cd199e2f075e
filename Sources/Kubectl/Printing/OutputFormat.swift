/// The `-o/--output` formats kubectl's `get` (and friends) accept, parsed from the flag value.
public enum OutputFormat: Hashable, Sendable {
    /// The default human-readable table.
    case table
    /// `-o wide`: the table with the extra (priority > 0) columns.
    case wide
    /// `-o json`.
    case json
    /// `-o yaml`.
    case yaml
    /// `-o kyaml` (KYAML, see `KYAMLEmitter`).
    case kyaml
    /// `-o name`: `kind[.group]/name` per object.
    case name
    /// `-o jsonpath=<template>`; the associated value is the template (surrounding quotes removed).
    case jsonpath(String)
    /// `-o custom-columns=<spec>`; the associated value is the column spec.
    case customColumns(String)

    /// The formats kubectl lists in its "unable to match a printer" error, in its order.
    public static let allowedFormatsList =
        "custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,kyaml,name,template,templatefile,wide,yaml"

    /// Parses a flag value such as `json`, `wide`, `jsonpath={.x}`, `jsonpath='{.x}'` or `custom-columns=A:.a`.
    ///
    /// An empty value means the default table. Unknown formats throw kubectl's exact error text; formats kubectl
    /// knows but k8s-tutor does not implement (go-template, …) throw an explanatory error.
    public init(flagValue: String) throws(PrinterError) {
        let format: String
        let argument: String?
        if let equals = flagValue.firstIndex(of: "=") {
            format = String(flagValue[..<equals])
            argument = String(flagValue[flagValue.index(after: equals)...])
        } else {
            format = flagValue
            argument = nil
        }
        switch format {
        case "": self = .table
        case "wide" where argument == nil: self = .wide
        case "json" where argument == nil: self = .json
        case "yaml" where argument == nil: self = .yaml
        case "kyaml" where argument == nil: self = .kyaml
        case "name" where argument == nil: self = .name
        case "jsonpath":
            let template = OutputFormat.unquote(argument ?? "")
            if template.isEmpty { throw PrinterError("error: template format specified but no template given") }
            self = .jsonpath(template)
        case "custom-columns":
            let spec = OutputFormat.unquote(argument ?? "")
            if spec.isEmpty { throw PrinterError("error: custom-columns format specified but no custom columns given") }
            self = .customColumns(spec)
        case "custom-columns-file", "go-template", "go-template-file", "jsonpath-as-json", "jsonpath-file", "template", "templatefile":
            throw PrinterError("error: the output format \"\(format)\" is not supported by k8s-tutor; use json, yaml, name, wide, jsonpath or custom-columns")
        default:
            throw PrinterError(
                "error: unable to match a printer suitable for the output format \"\(flagValue)\", allowed formats are: \(OutputFormat.allowedFormatsList)"
            )
        }
    }

    /// Removes one pair of matching surrounding quotes, as a shell would have.
    static func unquote(_ text: String) -> String {
        guard text.count >= 2, let first = text.first, first == text.last, first == "'" || first == "\"" else { return text }
        return String(text.dropFirst().dropLast())
    }
}
