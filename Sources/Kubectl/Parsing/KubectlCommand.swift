import ClusterModel

/// A kubectl command line in canonical form: what it means, independent of how it was spelled.
///
/// `get po -ojson`, `get pods --output=json` and `get pod -o json` give equal values: aliases are
/// folded into `ResourceType`s, the namespace `default` becomes `nil`, and flags are normalized
/// (long names, Go-normalized values, defaults removed). Lessons compare commands with `==`.
public struct KubectlCommand: Hashable, Sendable {
    /// The verb, e.g. `get`, `rollout`, `config`.
    public var verb: String
    /// The sub-verb for `rollout` (`status`, `restart`, `undo`, `history`) and `config` (`view`, …).
    public var subverb: String?
    /// The resource types named on the command line, in order, without duplicates (`get all` expands).
    public var resources: [ResourceType]
    /// The object names, in order.
    public var names: [String]
    /// Each named object with its type (`TYPE NAME…` is crossed: every type with every name).
    public var objects: [ObjectReference]
    /// Positional arguments that are neither types nor names (the field path of `explain`, the container of `logs`).
    public var arguments: [String]
    /// `-n/--namespace`; nil means the context namespace `default`.
    public var namespace: String?
    /// `-A/--all-namespaces`.
    public var allNamespaces: Bool
    /// `-l/--selector`, with its requirements trimmed and sorted.
    public var selector: String?
    /// `-o/--output` exactly as given (`json`, `wide`, `jsonpath={.items[*].metadata.name}`), nil for the default.
    public var output: String?
    /// `-f/--filename` paths in order.
    public var filenames: [String]
    /// Every other flag that differs from its default, by long name, with a normalized value
    /// (`true`/`false`, decimal integers, durations in seconds such as `30s`, lists comma-joined).
    public var flags: [String: String]
    /// The values of repeatable (string-array) flags, each as given (`--from-literal=a=b,c` stays one value).
    public var lists: [String: [String]] = [:]
    /// How many positionals came before `--` (cobra's `ArgsLenAtDash`), or nil without one.
    public var argsLenAtDash: Int? = nil
    /// True when `-h/--help` was given: the command prints help and does nothing else.
    public var wantsHelp: Bool

    /// Creates a command; normally obtained from `Kubectl.parse`.
    public init(verb: String, subverb: String? = nil, resources: [ResourceType] = [], names: [String] = [],
                objects: [ObjectReference] = [], arguments: [String] = [], namespace: String? = nil,
                allNamespaces: Bool = false, selector: String? = nil, output: String? = nil, filenames: [String] = [],
                flags: [String: String] = [:], wantsHelp: Bool = false) {
        self.verb = verb
        self.subverb = subverb
        self.resources = resources
        self.names = names
        self.objects = objects
        self.arguments = arguments
        self.namespace = namespace
        self.allNamespaces = allNamespaces
        self.selector = selector
        self.output = output
        self.filenames = filenames
        self.flags = flags
        self.wantsHelp = wantsHelp
    }

    /// The namespace the command works in (`default` when none was given).
    public var effectiveNamespace: String { namespace ?? "default" }

    /// `kubectl get`, `kubectl rollout status`: the path used in help hints.
    public var commandPath: String { (["kubectl", verb] + (subverb.map { [$0] } ?? [])).joined(separator: " ") }

    /// A Boolean flag's value (defaults as declared by the command when absent).
    public func bool(_ name: String) -> Bool {
        if let value = flags[name] { return value == "true" }
        return VerbCatalog.spec(for: path)?.flag(named: name)?.defaultValue == "true"
    }

    /// A string flag's value, or its declared default.
    public func string(_ name: String) -> String? {
        flags[name] ?? VerbCatalog.spec(for: path)?.flag(named: name).flatMap { $0.defaultValue.isEmpty ? nil : $0.defaultValue }
    }

    /// An integer flag's value, or its declared default.
    public func int(_ name: String) -> Int? {
        string(name).flatMap { Int($0) }
    }

    /// A duration flag's value in seconds, or its declared default.
    public func duration(_ name: String) -> Double? {
        string(name).flatMap { try? GoDuration.parse($0) }
    }

    /// Every value of a repeatable flag, in order (empty when absent).
    public func list(_ name: String) -> [String] { lists[name] ?? [] }

    /// The verb path, e.g. `["rollout", "status"]`.
    var path: [String] { [verb] + (subverb.map { [$0] } ?? []) }
}
