/// A query for API objects: a resource type, an optional name or label selector, and field filters.
///
/// Used by `state` checks (against the live cluster), `observed` checks (against what the learner's
/// commands displayed), `event` checks (against the change feed) and bindings. Strings may contain
/// placeholders such as `{oldPod}`.
public struct ObjectQuery: Codable, Hashable, Sendable {
    /// Any name kubectl accepts for the type: `pods`, `po`, `deployment`, `endpointslices`.
    public var resource: String
    /// The namespace; `default` when absent.
    public var namespace: String?
    /// The object name.
    public var name: String?
    /// A label selector in kubectl syntax, e.g. `kubernetes.io/service-name=nginx-service`.
    public var selector: String?
    /// Assertions every matching object must satisfy (objects that fail one do not match).
    public var `where`: [FieldAssertion]
    /// How many objects must match; absent means "at least one". `count: 0` asserts absence.
    public var count: Int?
    /// For `observed` checks only: the output formats that count (`table`, `wide`, `json`, `yaml`,
    /// `describe`, `name`, `jsonpath`, `watch`…); absent means any.
    public var formats: [String]?

    /// A query.
    public init(resource: String, namespace: String? = nil, name: String? = nil, selector: String? = nil,
                where assertions: [FieldAssertion] = [], count: Int? = nil, formats: [String]? = nil) {
        self.resource = resource
        self.namespace = namespace
        self.name = name
        self.selector = selector
        self.where = assertions
        self.count = count
        self.formats = formats
    }

    static let fields = ["resource", "namespace", "name", "selector", "where", "count", "formats"]

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownFields(Self.fields)
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        resource = try container.required(String.self, "resource")
        namespace = try container.optional(String.self, "namespace")
        name = try container.optional(String.self, "name")
        selector = try container.optional(String.self, "selector")
        `where` = try container.optional([FieldAssertion].self, "where") ?? []
        count = try container.optional(Int.self, "count")
        formats = try container.optional([String].self, "formats")
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(resource, forKey: AnyCodingKey("resource"))
        try container.encodeOptional(namespace, "namespace")
        try container.encodeOptional(name, "name")
        try container.encodeOptional(selector, "selector")
        if !`where`.isEmpty { try container.encode(`where`, forKey: AnyCodingKey("where")) }
        try container.encodeOptional(count, "count")
        try container.encodeOptional(formats, "formats")
    }
}
