/// A request a client in the cluster sends: from a pod (or a node), to a host name or IP and port.
public struct HTTPRequest: Sendable, Equatable {
    /// Where the request comes from.
    public enum Client: Sendable, Equatable {
        /// A container of the pod `name` in `namespace` (its IP, its DNS search path).
        case pod(namespace: String, name: String)
        /// A node's own network (the node itself: no cluster DNS search path).
        case node(String)
        /// A `hostNetwork` pod on `node` with `dnsPolicy: ClusterFirstWithHostNet` in `namespace`: the node's
        /// address, the cluster DNS with the namespace's search path (the load generator).
        case hostNetwork(node: String, namespace: String)
    }

    public var client: Client
    /// The host as written: a name (`nginx-service`, `web-0.nginx.default.svc.cluster.local`) or an IPv4 address.
    public var host: String
    public var port: Int
    public var method: String
    public var path: String
    /// The `User-Agent` header (`curl/8.17.0`, `Wget`).
    public var userAgent: String

    public init(client: Client, host: String, port: Int = 80, method: String = "GET", path: String = "/", userAgent: String) {
        self.client = client
        self.host = host
        self.port = port
        self.method = method
        self.path = path
        self.userAgent = userAgent
    }
}
