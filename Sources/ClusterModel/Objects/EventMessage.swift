/// The message of an Event, kept as its parts for the messages every pod gets; the text is built when the
/// event is rendered (most events are never read, and building each text is one more allocation).
///
/// String literals and interpolations make a `.text` message, so call sites read like plain strings.
enum EventMessage: Sendable, Equatable, ExpressibleByStringInterpolation {
    /// Any other message, as given.
    case text(String)
    /// `Successfully assigned <namespace>/<name> to <node>` (default-scheduler).
    case scheduled(namespace: String, name: String, node: String)
    /// `Container image "<image>" already present on machine and can be accessed by the pod` (kubelet v1.35, with
    /// `KubeletEnsureSecretPulledImages` on by default).
    case imagePresent(image: String)
    /// `Pulling image "<image>"`.
    case pulling(image: String)
    /// `Container created` (kubelet v1.35 `startContainer`; the container is the event's fieldPath).
    case created(container: String)
    /// `Container started` (kubelet v1.35 `startContainer`).
    case started(container: String)
    /// `Stopping container <name>`.
    case stopping(container: String)

    init(stringLiteral value: String) { self = .text(value) }

    init(stringInterpolation: DefaultStringInterpolation) { self = .text(String(stringInterpolation: stringInterpolation)) }

    /// The message text.
    var text: String {
        switch self {
        case .text(let text): return text
        case .scheduled(let namespace, let name, let node): return "Successfully assigned \(namespace)/\(name) to \(node)"
        case .imagePresent(let image): return "Container image \"\(image)\" already present on machine and can be accessed by the pod"
        case .pulling(let image): return "Pulling image \"\(image)\""
        case .created: return "Container created"
        case .started: return "Container started"
        case .stopping(let container): return "Stopping container \(container)"
        }
    }

    /// Messages are equal when their texts are.
    static func == (lhs: EventMessage, rhs: EventMessage) -> Bool { lhs.text == rhs.text }
}
