#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the interactive shell keeps its command history.
///
/// `$XDG_STATE_HOME/k8s-tutor/history` when `XDG_STATE_HOME` is an absolute path (the XDG Base
/// Directory rules say relative values are ignored), otherwise `$HOME/.local/state/k8s-tutor/history`.
public enum HistoryLocation {
    /// The file name inside the application's state directory.
    public static let fileName = "history"
    /// The application's folder inside the state directory.
    public static let folderName = "k8s-tutor"

    /// The history file path for `environment`, or nil when neither variable gives an absolute path.
    /// Pure: touches nothing on disk.
    public static func path(environment: [String: String]) -> String? {
        let base: String
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = state
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            base = trimmingTrailingSlashes(home) + "/.local/state"
        } else {
            return nil
        }
        return trimmingTrailingSlashes(base) + "/" + folderName + "/" + fileName
    }

    /// The history file path for `environment`, creating its directory (and missing parents) with
    /// mode 0700. Returns nil when no path can be computed or the directory cannot be created; the
    /// shell then runs without persistent history.
    public static func `default`(environment: [String: String]) -> String? {
        guard let file = path(environment: environment) else { return nil }
        let directory = String(file.dropLast(fileName.count + 1))
        return createDirectory(directory) ? file : nil
    }

    /// `mkdir -p` with mode 0700 for every directory it creates.
    static func createDirectory(_ path: String) -> Bool {
        var isDirectory = stat()
        if stat(path, &isDirectory) == 0 {
            return isDirectory.st_mode & S_IFMT == S_IFDIR
        }
        let parent = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        if !parent.isEmpty && !createDirectory(parent) { return false }
        if mkdir(path, 0o700) == 0 { return true }
        return errno == EEXIST
    }

    private static func trimmingTrailingSlashes(_ path: String) -> String {
        var result = Substring(path)
        while result.count > 1 && result.hasSuffix("/") { result = result.dropLast() }
        return String(result)
    }
}
