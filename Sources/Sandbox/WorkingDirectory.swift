import Foundation

/// The files a learner sees: a lesson's virtual files in front of an optional real directory.
///
/// Virtual files (a lesson's manifests) take precedence. Real files are read only below `realDirectory`
/// when relative paths are given; absolute paths and `~` are read as they are, as a shell would.
public struct WorkingDirectory: Sendable {
    /// The largest file that `cat` or `kubectl apply -f` will read (8 MiB).
    public static let maximumFileSize = 8 << 20

    /// Virtual files by normalized relative path.
    public var virtualFiles: [String: String]
    /// A real directory visible behind the virtual files, or nil for none.
    public var realDirectory: String?

    /// Creates a working directory.
    public init(virtualFiles: [String: String] = [:], realDirectory: String? = nil) {
        self.virtualFiles = Dictionary(virtualFiles.map { (Self.normalize($0.key), $0.value) }, uniquingKeysWith: { $1 })
        self.realDirectory = realDirectory
    }

    /// Why a file could not be read.
    public enum ReadError: Error, Hashable, Sendable {
        case notFound
        case isDirectory
        case tooLarge
        case notUTF8
        case unreadable(String)
    }

    /// The names in the directory (virtual and real, without hidden files), sorted.
    public func listing() -> [String] {
        var names = Set(virtualFiles.keys.map { String($0.split(separator: "/").first ?? "") })
        if let realDirectory, let entries = try? FileManager.default.contentsOfDirectory(atPath: realDirectory) {
            names.formUnion(entries.filter { !$0.hasPrefix(".") })
        }
        return names.filter { !$0.isEmpty }.sorted()
    }

    /// The entries of a directory, or nil when `path` names a file.
    public func entries(of path: String) throws(ReadError) -> [String]? {
        let key = Self.normalize(path)
        if virtualFiles[key] != nil { return nil }
        let prefix = key.isEmpty || key == "." ? "" : key + "/"
        let virtual = virtualFiles.keys.filter { $0.hasPrefix(prefix) }
            .compactMap { $0.dropFirst(prefix.count).split(separator: "/").first.map(String.init) }
        if !virtual.isEmpty { return Array(Set(virtual)).sorted() }
        guard let real = realPath(path) else { throw .notFound }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory) else { throw .notFound }
        guard isDirectory.boolValue else { return nil }
        do {
            return try FileManager.default.contentsOfDirectory(atPath: real).filter { !$0.hasPrefix(".") }.sorted()
        } catch {
            throw .unreadable("permission denied")
        }
    }

    /// The text of a file; with `lossy`, bytes that are not UTF-8 read as U+FFFD (as kubectl's YAML-to-JSON
    /// conversion shows them) instead of failing.
    public func read(_ path: String, lossy: Bool = false) throws(ReadError) -> String {
        let key = Self.normalize(path)
        if let text = virtualFiles[key] { return text }
        if virtualFiles.keys.contains(where: { $0.hasPrefix(key + "/") }) { throw .isDirectory }
        guard let real = realPath(path) else { throw .notFound }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory) else { throw .notFound }
        if isDirectory.boolValue { throw .isDirectory }
        let attributes = try? FileManager.default.attributesOfItem(atPath: URL(fileURLWithPath: real).resolvingSymlinksInPath().path)
        // A FIFO or device would block the reader (or never end): only regular files are read.
        if let type = attributes?[.type] as? FileAttributeType, type != .typeRegular { throw .unreadable("not a regular file") }
        if let size = attributes?[.size] as? Int, size > Self.maximumFileSize {
            throw .tooLarge
        }
        guard let data = FileManager.default.contents(atPath: real) else { throw .unreadable("permission denied") }
        if lossy { return String(decoding: data, as: UTF8.self) }
        guard let text = String(data: data, encoding: .utf8) else { throw .notUTF8 }
        return text
    }

    /// Whether `path` names a symbolic link in the real directory (virtual files never are).
    public func isSymbolicLink(_ path: String) -> Bool {
        guard virtualFiles[Self.normalize(path)] == nil, let real = realPath(path) else { return false }
        let type = (try? FileManager.default.attributesOfItem(atPath: real))?[.type] as? FileAttributeType
        return type == .typeSymbolicLink
    }

    /// The real path for `path`, or nil when there is no real directory and the path is relative.
    private func realPath(_ path: String) -> String? {
        if path.hasPrefix("/") { return path }
        if path == "~" || path.hasPrefix("~/") {
            guard let home = ProcessInfo.processInfo.environment["HOME"] else { return nil }
            return home + path.dropFirst()
        }
        guard let realDirectory else { return nil }
        return realDirectory + "/" + path
    }

    /// `./a.yaml` → `a.yaml`, trailing slashes dropped.
    static func normalize(_ path: String) -> String {
        var text = path
        while text.hasPrefix("./") { text.removeFirst(2) }
        while text.count > 1, text.hasSuffix("/") { text.removeLast() }
        return text
    }
}
