import Yams

/// A path into a YAML document (`steps[1].checks[0].state`), and the positions of the nodes it names.
public struct YAMLPath: Hashable, Sendable, CustomStringConvertible {
    /// One step of a path.
    public enum Component: Hashable, Sendable {
        /// A mapping key.
        case key(String)
        /// A sequence index.
        case index(Int)
    }

    /// The components, outermost first.
    public var components: [Component]

    /// A path.
    public init(_ components: [Component] = []) { self.components = components }

    /// This path extended by a key.
    public func appending(_ key: String) -> YAMLPath { YAMLPath(components + [.key(key)]) }
    /// This path extended by an index.
    public func appending(_ index: Int) -> YAMLPath { YAMLPath(components + [.index(index)]) }

    /// `steps[1].checks[0]`.
    public var description: String {
        var out = ""
        for component in components {
            switch component {
            case .key(let key): out += (out.isEmpty ? "" : ".") + key
            case .index(let index): out += "[\(index)]"
            }
        }
        return out
    }

    /// The node at this path in `root`.
    public func node(in root: Node) -> Node? {
        var node = root
        for component in components {
            switch component {
            case .key(let key):
                guard let value = node.mapping?.first(where: { $0.key.string == key })?.value else { return nil }
                node = value
            case .index(let index):
                guard let sequence = node.sequence, index < sequence.count else { return nil }
                node = sequence[index]
            }
        }
        return node
    }

    /// The mark of the key of the last component (for "unknown field"), or of the node itself.
    public func keyMark(in root: Node) -> Mark? {
        if case .key(let key)? = components.last, let parent = YAMLPath(Array(components.dropLast())).node(in: root),
            let pair = parent.mapping?.first(where: { $0.key.string == key })
        {
            return pair.key.mark
        }
        return valueMark(in: root)
    }

    /// The mark of the node at this path, or of the deepest existing node on the way.
    public func valueMark(in root: Node) -> Mark? {
        var components = self.components
        while true {
            if let node = YAMLPath(components).node(in: root), let mark = node.mark { return mark }
            if components.isEmpty { return root.mark }
            components.removeLast()
        }
    }

    /// Words for where this path points in a lesson file: `step 'apply'`, `check 'ready' in step 'apply'`,
    /// `'state.where[0]' of check 'ready' in step 'apply'`, or `the lesson`.
    public func lessonContext(in root: Node) -> String {
        var named: [String] = []
        var lastNamed = 0
        for (offset, component) in components.enumerated() {
            guard case .index = component, offset > 0, case .key(let list) = components[offset - 1] else { continue }
            let node = YAMLPath(Array(components[...offset])).node(in: root)
            let label: String?
            switch list {
            case "steps": label = node?["id"]?.string.map { "step '\($0)'" }
            case "checks": label = node?["id"]?.string.map { "check '\($0)'" }
            case "hints": label = node?["id"]?.string.map { "hint '\($0)'" }
            case "bindings": label = node?["name"]?.string.map { "binding '\($0)'" }
            case "forbid": label = node?["id"]?.string.map { "forbid rule '\($0)'" }
            case "scenarios": label = node?["name"]?.string.map { "scenario '\($0)'" }
            default: label = nil
            }
            if let label {
                named.insert(label, at: 0)
                lastNamed = offset + 1
            }
        }
        let base = named.isEmpty ? "the lesson" : named.joined(separator: " in ")
        let rest = YAMLPath(Array(components[lastNamed...]))
        return rest.components.isEmpty ? base : "'\(rest)' of \(base)"
    }
}
