import Kubectl

/// A kubectl command written in a lesson (`kubectl delete pod {oldPod}`, `kubectl delete pod --force`),
/// compared with the learner's commands by meaning through `Kubectl.parse`: `k` = `kubectl`, `-ojson` =
/// `-o json`, `po` = `pods`, flag order and spelling do not matter.
public struct CommandPattern: Hashable, Sendable {
    /// The pattern as written.
    public var text: String

    /// A pattern; throws when it is not a kubectl command the parser accepts.
    public init(_ text: String) throws(KubectlError) {
        self.text = text
        _ = try Self.parse(Placeholders.substitute(text) { _ in "x" })
    }

    /// The canonical command for the pattern with `bindings` substituted; nil when it does not parse.
    public func command(bindings: [String: String]) -> KubectlCommand? {
        try? Self.parse(Placeholders.substitute(text, values: bindings))
    }

    /// Whether `command` does what the pattern says (used for expected commands): the same verb, resource
    /// types, names, namespace, selector, output and files, and at least the pattern's flags. Extra flags such
    /// as `--wait=false` do not change the meaning.
    public func matchesMeaning(_ command: KubectlCommand, bindings: [String: String]) -> Bool {
        guard let pattern = self.command(bindings: bindings) else { return false }
        return pattern.verb == command.verb && pattern.subverb == command.subverb
            && Set(Self.types(pattern)) == Set(Self.types(command)) && Set(pattern.names) == Set(command.names)
            && pattern.effectiveNamespace == command.effectiveNamespace && pattern.allNamespaces == command.allNamespaces
            && pattern.selector == command.selector && pattern.output == command.output
            && Set(pattern.filenames) == Set(command.filenames) && Self.flagsContained(pattern, in: command)
    }

    /// Whether `command` contains everything the pattern states (used for forbidden commands and reactive
    /// hints): `kubectl delete deployment` matches any deletion of Deployments, `kubectl delete pod --force`
    /// any forced deletion of Pods. A name `*` matches any name.
    public func isContained(in command: KubectlCommand, bindings: [String: String]) -> Bool {
        guard let pattern = self.command(bindings: bindings) else { return false }
        guard pattern.verb == command.verb, pattern.subverb == nil || pattern.subverb == command.subverb else { return false }
        let commandTypes = Set(Self.types(command))
        guard Set(Self.types(pattern)).isSubset(of: commandTypes) else { return false }
        let names = pattern.names.filter { $0 != "*" }
        guard Set(names).isSubset(of: Set(command.names)) else { return false }
        if pattern.namespace != nil, pattern.namespace != command.namespace { return false }
        if pattern.selector != nil, pattern.selector != command.selector { return false }
        if pattern.output != nil, pattern.output != command.output { return false }
        guard Set(pattern.filenames).isSubset(of: Set(command.filenames)) else { return false }
        return Self.flagsContained(pattern, in: command)
    }

    static func types(_ command: KubectlCommand) -> [String] {
        (command.resources + command.objects.map(\.resource)).map(\.qualifiedName)
    }

    static func flagsContained(_ pattern: KubectlCommand, in command: KubectlCommand) -> Bool {
        pattern.flags.allSatisfy { command.flags[$0.key] == $0.value }
    }

    /// Parses `kubectl …` / `k …` into the canonical form.
    static func parse(_ line: String) throws(KubectlError) -> KubectlCommand {
        let words: [String]
        do {
            words = try ShellWords.split(line)
        } catch {
            throw KubectlError.plain("\(error)")
        }
        guard let first = words.first, first == "kubectl" || first == "k" else {
            throw KubectlError.plain("a command pattern starts with kubectl")
        }
        return try Kubectl.parse(Array(words.dropFirst()))
    }
}
