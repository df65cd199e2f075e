/// An image present on a node (the kubelet skips pulling it again).
///
/// Looked up two or three times per pod start; like `ObjectKey` it carries a hash computed once when made, so the
/// set lookups do not run SipHash over both strings.
struct NodeImage: CarriesHash, Sendable {
    let node: String
    let image: String
    let hashCode: UInt64

    init(node: String, image: String) {
        self.node = node
        self.image = image
        let afterNode = (ObjectKey.fnv1a(node, 0xcbf2_9ce4_8422_2325) ^ 0xFF) &* 0x0000_0100_0000_01B3  // 0xFF: not UTF-8
        self.hashCode = ObjectKey.fnv1a(image, afterNode)
    }

    static func == (lhs: NodeImage, rhs: NodeImage) -> Bool {
        lhs.hashCode == rhs.hashCode && lhs.image == rhs.image && lhs.node == rhs.node
    }
}
