/// A failed API request, as the API server reports it in a `Status` object.
///
/// `message` is the server's `Status.message`; `kubectlMessage` is the exact text kubectl prints for it
/// on stderr (without a trailing newline).
public struct APIError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The machine-readable `Status.reason`.
    public var reason: Reason
    /// The HTTP status code (404, 409, 422, 400, 405, …).
    public var code: Int
    /// The server's message, e.g. `pods "x" not found`.
    public var message: String
    /// `details.kind` (unqualified kind for Invalid, qualified resource for NotFound/AlreadyExists), if any.
    public var kind: String?
    /// `details.name`, if any.
    public var name: String?
    /// `details.causes` (field errors for Invalid).
    public var causes: [Cause]

    /// Creates an error from its parts.
    public init(reason: Reason, code: Int, message: String, kind: String? = nil, name: String? = nil, causes: [Cause] = []) {
        self.reason = reason
        self.code = code
        self.message = message
        self.kind = kind
        self.name = name
        self.causes = causes
    }

    /// The text kubectl prints for this error, e.g. `Error from server (NotFound): pods "x" not found`, or for
    /// Invalid `The Deployment "x" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0`
    /// (several causes: the prefix line ending in `: `, then one `* field: message` line each).
    public var kubectlMessage: String {
        if reason == .invalid, !causes.isEmpty {
            let prefix = (kind != nil || name != nil) ? "The \(kind ?? "") \"\(name ?? "")\" is invalid: " : "The request is invalid: "
            let lines = causes.map { $0.field.isEmpty ? $0.message : "\($0.field): \($0.message)" }
            if lines.count == 1 { return prefix + lines[0] }
            return prefix + "\n" + lines.map { "* " + $0 }.joined(separator: "\n")
        }
        if reason == .invalid, kind == nil, name == nil {
            // cmdutil `checkErr`: an Invalid status without kind, name or causes keeps the server's message.
            return "The request is invalid: " + message
        }
        return "Error from server (\(reason.rawValue)): \(message)"
    }

    public var description: String { kubectlMessage }

    /// `<resource> "<name>" not found` (404).
    public static func notFound(_ type: ResourceType, name: String) -> APIError {
        APIError(reason: .notFound, code: 404, message: "\(type.qualifiedName) \"\(name)\" not found", kind: type.plural, name: name)
    }

    /// `<resource> "<name>" already exists` (409).
    public static func alreadyExists(_ type: ResourceType, name: String) -> APIError {
        APIError(reason: .alreadyExists, code: 409, message: "\(type.qualifiedName) \"\(name)\" already exists", kind: type.plural, name: name)
    }

    /// `Operation cannot be fulfilled on <resource> "<name>": the object has been modified; …` (409), the
    /// registry's answer to a write with a stale resourceVersion.
    public static func conflict(_ type: ResourceType, name: String) -> APIError {
        APIError(
            reason: .conflict, code: 409,
            message: "Operation cannot be fulfilled on \(type.qualifiedName) \"\(name)\": the object has been modified; please apply your changes to the latest version and try again",
            kind: type.plural, name: name)
    }

    /// A 422 Invalid error for `kind`/`name` with the given field causes. The server message uses the
    /// group-qualified kind (`Deployment.apps "x" is invalid: …`), kubectl the bare kind.
    public static func invalid(_ type: ResourceType, name: String, causes: [Cause]) -> APIError {
        let qualifiedKind = type.group.isEmpty ? type.kind : type.kind + "." + type.group
        let rendered = causes.map { $0.field.isEmpty ? $0.message : "\($0.field): \($0.message)" }
        let body = rendered.count == 1 ? rendered[0] : "[" + rendered.joined(separator: ", ") + "]"
        return APIError(reason: .invalid, code: 422, message: "\(qualifiedKind) \"\(name)\" is invalid: \(body)", kind: type.kind, name: name, causes: causes)
    }

    /// A 400 BadRequest with the given message.
    public static func badRequest(_ message: String) -> APIError {
        APIError(reason: .badRequest, code: 400, message: message)
    }
}
