import Foundation

/// Reads lesson folders from disk into bundles.
public enum LessonDirectory {
    /// The bundles under `path`: the folder itself when it holds a `lesson.yaml`, otherwise each subfolder
    /// that holds one. Hidden files are skipped.
    public static func bundles(at path: String) throws -> [LessonBundle] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw LessonLoadError(lesson: path, file: "", message: "not a directory")
        }
        if manager.fileExists(atPath: path + "/lesson.yaml") { return [try bundle(at: path)] }
        return try manager.contentsOfDirectory(atPath: path).sorted()
            .filter { !$0.hasPrefix(".") && manager.fileExists(atPath: path + "/" + $0 + "/lesson.yaml") }
            .map { try bundle(at: path + "/" + $0) }
    }

    /// One lesson folder as a bundle (every non-hidden text file below it).
    public static func bundle(at path: String) throws -> LessonBundle {
        let manager = FileManager.default
        var files: [String: String] = [:]
        guard let enumerator = manager.enumerator(atPath: path) else {
            throw LessonLoadError(lesson: path, file: "", message: "cannot read the folder")
        }
        let root = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        while let relative = enumerator.nextObject() as? String {
            let name = relative.split(separator: "/").last.map(String.init) ?? relative
            if name.hasPrefix(".") { continue }
            // A lesson reads only its own folder: a symbolic link pointing outside it is refused.
            let target = URL(fileURLWithPath: path + "/" + relative).resolvingSymlinksInPath().path
            guard target == root || target.hasPrefix(root + "/") else {
                throw LessonLoadError(lesson: path, file: relative, message: "links outside the lesson folder (to \(target))")
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            guard let data = manager.contents(atPath: path + "/" + relative), let text = String(data: data, encoding: .utf8) else {
                throw LessonLoadError(lesson: path, file: relative, message: "not a UTF-8 text file")
            }
            files[relative] = text
        }
        var trimmed = path
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        let id = trimmed.split(separator: "/").last.map(String.init) ?? trimmed
        return LessonBundle(id: id, files: files, origin: trimmed)
    }
}
