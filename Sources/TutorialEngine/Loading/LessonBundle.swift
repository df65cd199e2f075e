/// The files of one lesson folder, as text: `lesson.yaml`, `text/<language>.md` and the manifests.
///
/// Built-in lessons are embedded in the binary as bundles; author folders are read into bundles.
public struct LessonBundle: Hashable, Sendable {
    /// The folder name (the lesson id).
    public var id: String
    /// File contents keyed by path relative to the folder, with `/` separators.
    public var files: [String: String]
    /// Where the bundle came from, for messages: `built-in` or a folder path.
    public var origin: String

    /// A bundle.
    public init(id: String, files: [String: String], origin: String) {
        self.id = id
        self.files = files
        self.origin = origin
    }

    /// A stable hash of every file (path and content), written as 16 hex digits; stored in progress files
    /// so that a changed lesson is noticed.
    public var contentHash: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for path in files.keys.sorted() {
            for byte in path.utf8 + [0] + files[path]!.utf8 + [0] {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
