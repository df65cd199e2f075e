/// What became of a request on the simulated network.
public enum RequestOutcome: Sendable, Equatable {
    /// A server answered.
    case response(HTTPResponse)
    /// The name has no DNS record (`NXDOMAIN` after the search path).
    case unresolved(host: String)
    /// Nothing accepts connections there: kube-proxy rejects a Service without usable endpoints, or the pod has no
    /// running process listening on the port.
    case refused(address: String)
    /// Nothing answers at all: an address no one has (a deleted pod's), a Service port kube-proxy has no rule for.
    case timedOut(address: String)
}

/// A server's answer.
public struct HTTPResponse: Sendable, Equatable {
    /// The status code and reason (`200`, `OK`).
    public var status: Int
    public var reason: String
    /// The headers in the order the server writes them.
    public var headers: [(name: String, value: String)]
    public var body: String
    /// The address the connection went to (the Service's, or the pod's for a direct request).
    public var address: String
    /// The pod that answered.
    public var servedBy: String

    public static func == (lhs: HTTPResponse, rhs: HTTPResponse) -> Bool {
        lhs.status == rhs.status && lhs.reason == rhs.reason && lhs.body == rhs.body && lhs.address == rhs.address && lhs.servedBy == rhs.servedBy
            && lhs.headers.map(\.name) == rhs.headers.map(\.name) && lhs.headers.map(\.value) == rhs.headers.map(\.value)
    }
}
