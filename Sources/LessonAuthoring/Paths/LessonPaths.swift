import Foundation

/// Finds lesson folders from command-line paths: a path is a lesson folder (it holds `lesson.yaml`) or a
/// folder of lesson folders, such as `lessons/`.
public enum LessonPaths {
    /// The lesson folders under `paths`, in order, plus diagnostics for paths that hold no lesson.
    public static func folders(_ paths: [String]) -> (folders: [String], problems: [Diagnostic]) {
        var folders: [String] = []
        var problems: [Diagnostic] = []
        let manager = FileManager.default
        for raw in paths {
            let path = trimmed(raw)
            if manager.fileExists(atPath: join(path, "lesson.yaml")) {
                folders.append(path)
                continue
            }
            let children = ((try? manager.contentsOfDirectory(atPath: path)) ?? []).sorted()
                .filter { !$0.hasPrefix(".") && manager.fileExists(atPath: join(join(path, $0), "lesson.yaml")) }
            if children.isEmpty {
                problems.append(Diagnostic(file: path, line: 1, column: 1, message: "no lesson.yaml in '\(path)' or in its subfolders"))
            }
            folders += children.map { join(path, $0) }
        }
        return (folders, problems)
    }

    /// `a/b` from `a/` and `b`.
    public static func join(_ base: String, _ name: String) -> String {
        base.isEmpty || base == "." ? name : trimmed(base) + "/" + name
    }

    /// The path without trailing slashes.
    static func trimmed(_ path: String) -> String {
        var text = path
        while text.count > 1, text.hasSuffix("/") { text.removeLast() }
        return text
    }
}
