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

    /// The most nodes the aliases of a text may stand for before it is composed (see ``precheck(_:)``).
    static let maximumAliasedNodes = 1_000_000

    /// Refuses, before Yams composes it, a text whose aliases would stand for more than ``maximumAliasedNodes`` nodes.
    ///
    /// Yams hashes every mapping key while composing, to refuse duplicates; a key that is an alias of a "billion
    /// laughs" anchor is hashed through its whole expansion, which never ends. The check reads the text's anchors
    /// (`&a`) and aliases (`*a`) in order: an anchor stands for one node plus what the aliases after it (until the
    /// next anchor) stand for, and the document for what all its aliases stand for. Nested anchors grow as a bomb
    /// does; anchors in ordinary manifests count a handful. Quoted text and comments are skipped.
    public static func precheck(_ text: String) throws(Exceeded) {
        var sizes: [Substring: Int] = [:]
        var current: Substring? = nil
        var total = 0
        let bytes = Array(text.utf8)
        var index = 0
        func isBoundary(_ at: Int) -> Bool {
            at == 0 || [0x20, 0x09, 0x0A, 0x0D, 0x5B, 0x7B, 0x2C].contains(bytes[at - 1])
        }
        func name(from start: Int) -> (Substring, Int) {
            var end = start
            while end < bytes.count, ![0x20, 0x09, 0x0A, 0x0D, 0x5B, 0x5D, 0x7B, 0x7D, 0x2C].contains(bytes[end]) { end += 1 }
            return (Substring(String(decoding: bytes[start..<end], as: UTF8.self)), end)
        }
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x27 where isBoundary(index), 0x22 where isBoundary(index):
                // A quoted scalar: skip to its closing quote ('' and \" stay inside).
                var end = index + 1
                while end < bytes.count {
                    if byte == 0x22, bytes[end] == 0x5C { end += 2; continue }
                    if bytes[end] == byte {
                        if byte == 0x27, end + 1 < bytes.count, bytes[end + 1] == 0x27 { end += 2; continue }
                        break
                    }
                    end += 1
                }
                index = end + 1
            case 0x23 where isBoundary(index):
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
            case 0x26 where isBoundary(index):
                let (anchor, end) = name(from: index + 1)
                sizes[anchor] = 1
                current = anchor
                index = end
            case 0x2A where isBoundary(index):
                let (alias, end) = name(from: index + 1)
                let size = sizes[alias] ?? 1
                total = min(total + size, Int.max / 4)
                if let current { sizes[current] = min((sizes[current] ?? 1) + size, Int.max / 4) }
                if total > maximumAliasedNodes { throw Exceeded() }
                index = end
            default:
                index += 1
            }
        }
    }

    /// Composes one YAML document (nil when empty) and checks its aliases while its anchors are alive.
    ///
    /// Throws Yams' `YamlError` for a malformed document and ``Exceeded`` for an alias bomb.
    public static func compose(_ yaml: String) throws -> Node? {
        try precheck(yaml)
        let parser = try Parser(yaml: yaml)
        guard let root = try parser.singleRoot() else { return nil }
        try withExtendedLifetime(parser) { () throws(Exceeded) in try check(root) }
        return root
    }

    /// Composes every document of a YAML stream, checking each one's aliases.
    public static func composeAll(_ yaml: String) throws -> [Node] {
        try precheck(yaml)
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
