import Yams

/// go-yaml's guard against alias bombs, applied while walking a composed YAML document.
///
/// Yams resolves an alias to the very node its anchor names, so a "billion laughs" document composes cheaply but
/// expands without bound when converted. go-yaml (which kubectl uses through sigs.k8s.io/yaml) counts every node it
/// decodes and every node decoded below an alias, and stops with `document contains excessive aliasing` once the
/// share of alias-driven decodes exceeds `allowedAliasRatio` (99% up to 400,000 decodes, falling to 10% at
/// 4,000,000). This type applies the same rule. Anchors are known by identity, so walk a node while the `Parser`
/// that composed it is alive (Yams holds anchors weakly).
public struct YAMLAliasBudget {
    /// The text go-yaml reports, without its `yaml: ` prefix.
    public static let problem = "document contains excessive aliasing"

    private var decodeCount = 0
    private var aliasCount = 0
    private var aliasDepth = 0
    private var anchors: Set<ObjectIdentifier> = []

    /// A budget for one document.
    public init() {}

    /// The alias budget was exceeded.
    public struct Exceeded: Error, Equatable, CustomStringConvertible {
        /// go-yaml's text: `yaml: document contains excessive aliasing`.
        public var description: String { "yaml: " + YAMLAliasBudget.problem }
    }

    /// Counts `node`; returns whether it is an alias expansion (pass that to ``leave(_:)`` after its children).
    public mutating func enter(_ node: Node) throws(Exceeded) -> Bool {
        var isAlias = false
        if let anchor = node.anchor {
            isAlias = !anchors.insert(ObjectIdentifier(anchor)).inserted
        }
        if isAlias { aliasDepth += 1 }
        decodeCount += 1
        if aliasDepth > 0 { aliasCount += 1 }
        if aliasCount > 100, decodeCount > 1000, Double(aliasCount) / Double(decodeCount) > Self.allowedRatio(decodeCount) {
            throw Exceeded()
        }
        return isAlias
    }

    /// Leaves a node entered with ``enter(_:)``.
    public mutating func leave(_ wasAlias: Bool) {
        if wasAlias { aliasDepth -= 1 }
    }

    /// Composes one YAML document (nil when empty) and checks its aliases while its anchors are alive.
    ///
    /// Throws Yams' `YamlError` for a malformed document and ``Exceeded`` for an alias bomb.
    public static func compose(_ yaml: String) throws -> Node? {
        let parser = try Parser(yaml: yaml)
        guard let root = try parser.singleRoot() else { return nil }
        try withExtendedLifetime(parser) { () throws(Exceeded) in try check(root) }
        return root
    }

    /// Composes every document of a YAML stream, checking each one's aliases.
    public static func composeAll(_ yaml: String) throws -> [Node] {
        let parser = try Parser(yaml: yaml)
        var documents: [Node] = []
        while let root = try parser.nextRoot() {
            try withExtendedLifetime(parser) { () throws(Exceeded) in try check(root) }
            documents.append(root)
        }
        return documents
    }

    /// Walks a whole document without building anything; throws when its aliases expand too much.
    public static func check(_ node: Node) throws(Exceeded) {
        var budget = YAMLAliasBudget()
        try budget.walk(node)
    }

    private mutating func walk(_ node: Node) throws(Exceeded) {
        let alias = try enter(node)
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                try walk(key)
                try walk(value)
            }
        case .sequence(let sequence):
            for item in sequence { try walk(item) }
        case .scalar, .alias:
            break
        }
        leave(alias)
    }

    /// go-yaml's `allowedAliasRatio`.
    static func allowedRatio(_ decodes: Int) -> Double {
        let low = 400_000.0
        let high = 4_000_000.0
        let count = Double(decodes)
        if count <= low { return 0.99 }
        if count >= high { return 0.10 }
        return 0.99 - 0.89 * ((count - low) / (high - low))
    }
}
