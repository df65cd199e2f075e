#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Replaces files atomically and durably: a reader sees the old content or the new, never a mix, even if
/// the process is killed or the machine loses power at any moment.
///
/// The new content goes to a temporary file in the same folder (`.<name>.tmp-<pid>`), which is written
/// completely, flushed to disk with `fsync`, renamed over the target, and then the folder itself is
/// flushed so that the rename survives a power loss. Temporary files left by a killed process are removed
/// by ``removeTemporaryFiles(of:in:)`` the next time the file's owner opens it.
enum DurableFile {
    /// A failed system call: what was being done and `errno`.
    struct Failure: Error, Equatable, Sendable {
        /// The operation and path, e.g. `write /home/me/.local/state/k8s-tutor/progress/x.json`.
        var operation: String
        /// The `errno` value.
        var code: Int32

        /// `operation: strerror(code)`.
        var description: String { operation + ": " + String(cString: strerror(code)) }
    }

    /// The temporary file used while replacing `path`.
    static func temporaryPath(for path: String, pid: Int32 = getpid()) -> String {
        let (folder, name) = split(path)
        return folder + "/." + name + ".tmp-" + String(pid)
    }

    /// Replaces the file at `path` with `bytes` (see the type's description).
    static func replace(_ path: String, with bytes: [UInt8], mode: mode_t = 0o600) throws(Failure) {
        let temporary = temporaryPath(for: path)
        CrashPoint.reached("create temporary file")
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw Failure(operation: "open " + temporary, code: errno) }
        do throws(Failure) {
            let half = bytes.count / 2
            try writeAll(descriptor, bytes[0..<half], path: temporary)
            CrashPoint.reached("temporary file half written")
            try writeAll(descriptor, bytes[half...], path: temporary)
            CrashPoint.reached("fsync temporary file")
            guard fsync(descriptor) == 0 else { throw Failure(operation: "fsync " + temporary, code: errno) }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        close(descriptor)
        CrashPoint.reached("rename over the old file")
        guard rename(temporary, path) == 0 else {
            let failure = Failure(operation: "rename " + temporary, code: errno)
            unlink(temporary)
            throw failure
        }
        CrashPoint.reached("fsync the folder")
        try syncFolder(of: path)
    }

    /// Writes every byte of `bytes` to `descriptor`, retrying short writes and EINTR.
    static func writeAll(_ descriptor: Int32, _ bytes: ArraySlice<UInt8>, path: String) throws(Failure) {
        var offset = bytes.startIndex
        while offset < bytes.endIndex {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(operation: "write " + path, code: errno)
            }
            offset += written
        }
    }

    /// Flushes the folder holding `path`, so that a rename or a new file in it is durable.
    static func syncFolder(of path: String) throws(Failure) {
        let folder = split(path).folder
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(operation: "open " + folder, code: errno) }
        defer { close(descriptor) }
        // Some file systems cannot sync a folder (EINVAL); the rename is then as durable as they make it.
        if fsync(descriptor) != 0 && errno != EINVAL {
            throw Failure(operation: "fsync " + folder, code: errno)
        }
    }

    /// Deletes the temporary files ``replace(_:with:mode:)`` left beside `names` in `folder` when a process
    /// was killed mid-write. Call it only while holding the lock that guards those files.
    /// - Returns: the removed paths.
    @discardableResult
    static func removeTemporaryFiles(of names: [String], in folder: String) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        let prefixes = names.map { "." + $0 + ".tmp-" }
        var removed: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard let prefix = prefixes.first(where: { name.hasPrefix($0) }),
                  name.dropFirst(prefix.count).allSatisfy(\.isNumber) else { continue }
            let path = folder + "/" + name
            if unlink(path) == 0 { removed.append(path) }
        }
        return removed.sorted()
    }

    /// `mkdir -p` with mode 0700 for every folder it creates.
    static func createFolder(_ path: String) throws(Failure) {
        var info = stat()
        if stat(path, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFDIR { return }
            throw Failure(operation: "mkdir " + path, code: ENOTDIR)
        }
        if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            try createFolder(String(path[..<slash]))
        }
        if mkdir(path, 0o700) != 0 && errno != EEXIST { throw Failure(operation: "mkdir " + path, code: errno) }
    }

    /// Reads a whole file, or nil when it (or its folder) does not exist; fails when it is larger than
    /// `limit` bytes.
    static func read(_ path: String, limit: Int) throws(ReadFailure) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw .system(Failure(operation: "open " + path, code: errno))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .system(Failure(operation: "stat " + path, code: errno)) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw .system(Failure(operation: "read " + path, code: EISDIR)) }
        if Int(info.st_size) > limit { throw .tooLarge(size: Int(info.st_size)) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { readSome(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .system(Failure(operation: "read " + path, code: errno))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit { throw .tooLarge(size: bytes.count) }
        }
        return bytes
    }

    /// Why ``read(_:limit:)`` failed.
    enum ReadFailure: Error, Equatable, Sendable {
        case system(Failure)
        case tooLarge(size: Int)
    }

    /// The folder and the file name of a path.
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = slash == path.startIndex ? "/" : String(path[..<slash])
        return (folder, String(path[path.index(after: slash)...]))
    }
}

/// `read(2)`, reachable from inside ``DurableFile`` (whose own `read` hides it).
private func readSome(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// Deletes a file; returns whether it was deleted.
func unlinkFile(_ path: String) -> Bool { unlink(path) == 0 }

/// Whether anything exists at `path`.
func fileExists(_ path: String) -> Bool { access(path, F_OK) == 0 }
