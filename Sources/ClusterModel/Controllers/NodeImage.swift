/// An image present on a node (the kubelet skips pulling it again).
struct NodeImage: Hashable, Sendable {
    var node: String
    var image: String
}
