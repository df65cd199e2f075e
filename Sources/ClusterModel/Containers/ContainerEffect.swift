/// A network call a command in a container makes, which only the cluster can answer.
public enum ContainerEffect: Sendable, Equatable {
    /// An HTTP request (curl, wget).
    case request(HTTPRequest)
    /// A DNS lookup (nslookup, getent).
    case lookup(name: String)
}

/// The cluster's answer to a `ContainerEffect`.
public enum ContainerEffectResult: Sendable, Equatable {
    case response(RequestOutcome)
    /// The A records, or nil for NXDOMAIN.
    case lookup([String]?)
}
