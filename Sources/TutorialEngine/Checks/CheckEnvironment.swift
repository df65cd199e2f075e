import ClusterModel
import Kubectl

/// What checks are evaluated against: the live cluster, the bound names, what the learner's commands
/// displayed during the step, and where the change feed stood when the step began.
public struct CheckEnvironment: Sendable {
    /// The cluster now.
    public var cluster: Cluster
    /// Resolved bindings (name → value).
    public var bindings: [String: String]
    /// Objects displayed by the learner's commands since the step began.
    public var observations: [Observation]
    /// The change-feed sequence when the step began.
    public var stepStartSequence: Int

    /// An environment.
    public init(cluster: Cluster, bindings: [String: String], observations: [Observation] = [], stepStartSequence: Int = 0) {
        self.cluster = cluster
        self.bindings = bindings
        self.observations = observations
        self.stepStartSequence = stepStartSequence
    }

    /// `text` with bindings substituted, or nil when it uses a binding that is not resolved yet.
    func resolve(_ text: String) -> String? {
        var missing = false
        let result = Placeholders.substitute(text) { name in
            if let value = bindings[name] { return value }
            missing = true
            return nil
        }
        return missing ? nil : result
    }

    /// Whether the condition holds.
    public func evaluate(_ condition: CheckCondition) -> Bool {
        switch condition {
        case .state(let query):
            guard let objects = objects(matching: query) else { return false }
            return countMatches(objects.count, query)
        case .observed(let query):
            guard let type = ResourceType.lookup(query.resource) else { return false }
            let formats = query.formats.map(Set.init)
            return observations.contains { observation in
                observation.resource == type && (formats?.contains(observation.format.rawValue) ?? true)
                    && matches(observation.object, query) == true
            }
        case .clock(let clock):
            let offset = clock.offset.flatMap(VirtualDuration.init(parsing:))?.milliseconds ?? 0
            if let after = clock.after {
                guard let time = resolve(after).flatMap(Timestamp.init(rfc3339:)) else { return false }
                guard cluster.now >= time.adding(milliseconds: offset) else { return false }
            }
            if let before = clock.before {
                guard let time = resolve(before).flatMap(Timestamp.init(rfc3339:)) else { return false }
                guard cluster.now < time.adding(milliseconds: offset) else { return false }
            }
            return true
        case .event(let query):
            guard let type = ResourceType.lookup(query.object.resource) else { return false }
            var notBefore: Timestamp?
            var before: Timestamp?
            if let text = query.notBefore {
                guard let time = resolve(text).flatMap(Timestamp.init(rfc3339:)) else { return false }
                notBefore = time
            }
            if let text = query.before {
                guard let time = resolve(text).flatMap(Timestamp.init(rfc3339:)) else { return false }
                before = time
            }
            let count = cluster.changes(since: stepStartSequence).filter { change in
                change.type.rawValue == query.type && change.resource == type
                    && matches(change.object, query.object) == true
                    && (notBefore.map { change.time >= $0 } ?? true)
                    && (before.map { change.time < $0 } ?? true)
            }.count
            return countMatches(count, query.object)
        case .traffic(let traffic):
            if let running = traffic.running, running != (cluster.loadGenerator != nil) { return false }
            guard traffic.servedBy != nil || traffic.maxFailures != nil else { return true }
            guard let load = cluster.loadGenerator ?? cluster.stoppedLoadGenerator else { return false }
            var since: Timestamp? = nil
            if let text = traffic.since {
                guard let time = resolve(text).flatMap(Timestamp.init(rfc3339:)) else { return false }
                since = time
            }
            let samples = load.samples.filter { sample in since.map { sample.time >= $0 } ?? true }
            if let pod = traffic.servedBy {
                guard let name = resolve(pod) else { return false }
                if samples.filter({ $0.servedBy == name }).count < (traffic.minimum ?? 1) { return false }
            }
            if let maxFailures = traffic.maxFailures, samples.filter({ $0.servedBy == nil }).count > maxFailures { return false }
            return true
        case .any(let options):
            return options.contains { evaluate($0) }
        }
    }

    func countMatches(_ count: Int, _ query: ObjectQuery) -> Bool {
        if let wanted = query.count { return count == wanted }
        return count > 0
    }

    /// The live objects matching the query, or nil when it uses an unresolved binding.
    public func objects(matching query: ObjectQuery) -> [JSONValue]? {
        guard let type = ResourceType.lookup(query.resource) else { return nil }
        let namespace = query.namespace.flatMap(resolve) ?? "default"
        var candidates: [JSONValue]
        if let name = query.name {
            guard let resolved = resolve(name) else { return nil }
            candidates = cluster.object(type, namespace: namespace, name: resolved).map { [$0] } ?? []
        } else {
            var selector: LabelSelector?
            if let text = query.selector {
                guard let resolved = resolve(text), let parsed = try? LabelSelector(parsing: resolved) else { return nil }
                selector = parsed
            }
            candidates = cluster.list(type, namespace: namespace, selector: selector)
        }
        var result: [JSONValue] = []
        for object in candidates {
            guard let ok = satisfiesAssertions(object, query) else { return nil }
            if ok { result.append(object) }
        }
        return result
    }

    /// Whether one object matches the query's namespace, name, selector and assertions (nil: unresolved binding).
    func matches(_ object: JSONValue, _ query: ObjectQuery) -> Bool? {
        let metadata = object["metadata"]
        if let namespace = query.namespace {
            guard let resolved = resolve(namespace) else { return nil }
            if metadata["namespace"].string != resolved { return false }
        } else if let namespace = metadata["namespace"].string, namespace != "default" {
            return false
        }
        if let name = query.name {
            guard let resolved = resolve(name) else { return nil }
            if metadata["name"].string != resolved { return false }
        }
        if let text = query.selector {
            guard let resolved = resolve(text), let selector = try? LabelSelector(parsing: resolved) else { return nil }
            if !selector.matches(metadata["labels"].stringMap) { return false }
        }
        return satisfiesAssertions(object, query)
    }

    func satisfiesAssertions(_ object: JSONValue, _ query: ObjectQuery) -> Bool? {
        for assertion in query.where {
            guard let result = holds(assertion, on: object) else { return nil }
            if !result { return false }
        }
        return true
    }

    /// Whether an assertion holds on an object (nil: it uses an unresolved binding).
    public func holds(_ assertion: FieldAssertion, on object: JSONValue) -> Bool? {
        guard let pathText = resolve(assertion.path), let path = FieldPath.parse(pathText) else { return nil }
        let values = path.select(in: object)
        func literal(_ value: LessonValue) -> JSONValue? {
            if let text = value.json.string { return resolve(text).map(JSONValue.string) }
            return value.json
        }
        switch assertion.check {
        case .exists(let wanted):
            return values.isEmpty != wanted
        case .equals(let value):
            guard let expected = literal(value) else { return nil }
            return !values.isEmpty && values.allSatisfy { Self.same($0, expected) }
        case .notEquals(let value):
            guard let expected = literal(value) else { return nil }
            return values.allSatisfy { !Self.same($0, expected) }
        case .oneOf(let options):
            let expected = options.compactMap(literal)
            guard expected.count == options.count else { return nil }
            return !values.isEmpty && values.allSatisfy { value in expected.contains { Self.same(value, $0) } }
        case .matches(let pattern):
            guard let regex = try? Regex(pattern) else { return false }
            return !values.isEmpty && values.allSatisfy { value in
                guard let text = value.string else { return false }
                return (try? regex.wholeMatch(in: text)) != nil
            }
        case .atLeast(let bound):
            return !values.isEmpty && values.allSatisfy { ($0.double ?? -.infinity) >= bound }
        case .atMost(let bound):
            return !values.isEmpty && values.allSatisfy { ($0.double ?? .infinity) <= bound }
        case .length(let wanted):
            return !values.isEmpty && values.allSatisfy { ($0.array?.count ?? $0.object?.count) == wanted }
        }
    }

    /// Equality that treats 1 and 1.0 alike.
    static func same(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
        if let left = lhs.double, let right = rhs.double { return left == right }
        return lhs == rhs
    }

    /// Resolves a binding definition against the cluster; nil when nothing (or, for `only`, not exactly one) matches.
    public func resolve(_ binding: BindingDefinition) -> String? {
        guard let objects = objects(matching: binding.query), !objects.isEmpty else { return nil }
        let chosen: JSONValue
        switch binding.pick {
        case .only:
            guard objects.count == 1 else { return nil }
            chosen = objects[0]
        case .oldest, .newest:
            let sorted = objects.sorted { left, right in
                let l = left["metadata"]["creationTimestamp"].string ?? ""
                let r = right["metadata"]["creationTimestamp"].string ?? ""
                return l != r ? l < r : (left["metadata"]["name"].string ?? "") < (right["metadata"]["name"].string ?? "")
            }
            chosen = binding.pick == .oldest ? sorted[0] : sorted[sorted.count - 1]
        }
        guard let path = FieldPath.parse(binding.path ?? "metadata.name"), let value = path.select(in: chosen).first else { return nil }
        return FieldPath.text(value)
    }
}
