import CEditLine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The history file, read at start and replaced atomically and durably on every save.
///
/// libedit's own `H_SAVE` truncates the file and then writes it, so a process ended in between (a second
/// SIGHUP when a terminal closes) left an empty history. Here libedit writes a temporary file in the same
/// folder (`.history.tmp-<pid>`), which is flushed with `fsync`, renamed over the history and followed by an
/// `fsync` of the folder: the file always holds the old history or the new one. Temporary files of
/// processes that no longer run are removed at the next start. The history is bounded: at most
/// ``LineEditor/historySize`` entries of at most ``maximumEntryLength`` bytes, and a file larger than
/// ``maximumFileSize`` (or one libedit cannot read) is renamed to `history.unreadable-N` rather than read
/// or overwritten. Two tutors share the file: each save writes the saving tutor's history, so the last one
/// to save wins.
struct HistoryFile: Hashable, Sendable {
    /// The history file.
    let path: String

    /// Lines longer than this (in bytes) are not kept in the history.
    static let maximumEntryLength = 8192
    /// A history file larger than this is set aside instead of read.
    static let maximumFileSize = 4 << 20

    /// The temporary file of process `pid`.
    func temporaryPath(pid: Int32 = getpid()) -> String {
        folder + "/." + name + ".tmp-" + String(pid)
    }

    private var folder: String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private var name: String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// Removes stale temporary files, then loads the file into `history` (a missing file is fine).
    func load(into history: OpaquePointer) {
        removeStaleTemporaryFiles()
        var info = stat()
        guard stat(path, &info) == 0, info.st_size > 0 else { return }
        if Int(info.st_size) > Self.maximumFileSize || cel_history_load(history, path) < 0 {
            setAside()
        }
    }

    /// Writes `history` (see the type's description); returns whether the file now holds it.
    func save(_ history: OpaquePointer) -> Bool {
        SignalState.writingFile {
            let temporary = temporaryPath()
            HistoryCrashPoint.reached("write the temporary file")
            guard cel_history_save(history, temporary) >= 0 else {
                unlink(temporary)
                return false
            }
            HistoryCrashPoint.reached("fsync the temporary file")
            let descriptor = open(temporary, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else {
                unlink(temporary)
                return false
            }
            let synced = fsync(descriptor) == 0
            close(descriptor)
            HistoryCrashPoint.reached("rename over the history")
            guard synced, rename(temporary, path) == 0 else {
                unlink(temporary)
                return false
            }
            HistoryCrashPoint.reached("fsync the folder")
            let directory = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if directory >= 0 {
                _ = fsync(directory)
                close(directory)
            }
            return true
        }
    }

    /// Deletes `.history.tmp-<pid>` files whose process no longer runs.
    func removeStaleTemporaryFiles() {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        let prefix = "." + name + ".tmp-"
        var stale: [String] = []
        while let entry = readdir(directory) {
            let entryName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard entryName.hasPrefix(prefix), let pid = Int32(entryName.dropFirst(prefix.count)) else { continue }
            if pid == getpid() || (kill(pid, 0) != 0 && errno == ESRCH) { stale.append(folder + "/" + entryName) }
        }
        for file in stale { unlink(file) }
    }

    /// Renames the file to the first free `history.unreadable-N`.
    private func setAside() {
        var index = 1
        while access(path + ".unreadable-\(index)", F_OK) == 0 { index += 1 }
        rename(path, path + ".unreadable-\(index)")
    }
}
