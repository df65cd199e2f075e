import Foundation

/// Reads lesson folders from disk into bundles.
///
/// Reading is bounded: a folder without a `lesson.yaml` is refused before anything below it is read, a lesson
/// holds at most ``maximumFiles`` files of at most ``maximumFileSize`` bytes each and ``maximumTotalSize`` in all,
/// and only regular files are read (a FIFO would block the reader forever).
public enum LessonDirectory {
    /// The most files one lesson folder may hold (texts, manifests, tests).
    public static let maximumFiles = 500
    /// The largest file a lesson may hold (1 MiB).
    public static let maximumFileSize = 1 << 20
    /// The most bytes one lesson may hold in all (8 MiB).
    public static let maximumTotalSize = 8 << 20

    /// The bundles under `path`: the folder itself when it holds a `lesson.yaml`, otherwise each subfolder
    /// that holds one. Hidden files are skipped. A lesson that cannot be read is added to `problems`, and its
    /// siblings are still read.
    public static func bundles(at path: String, problems: inout [LessonLoadError]) throws -> [LessonBundle] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw LessonLoadError(lesson: path, file: "", message: "not a directory")
        }
        if manager.fileExists(atPath: path + "/lesson.yaml") { return [try bundle(at: path)] }
        let entries: [String]
        do {
            entries = try manager.contentsOfDirectory(atPath: path)
        } catch {
            throw LessonLoadError(lesson: path, file: "", message: "cannot read the folder")
        }
        var bundles: [LessonBundle] = []
        for entry in entries.sorted() where !entry.hasPrefix(".") && manager.fileExists(atPath: path + "/" + entry + "/lesson.yaml") {
            do {
                bundles.append(try bundle(at: path + "/" + entry))
            } catch let error as LessonLoadError {
                problems.append(error)
            } catch {
                problems.append(LessonLoadError(lesson: path + "/" + entry, file: "", message: "\(error)"))
            }
        }
        return bundles
    }

    /// One lesson folder as a bundle (every non-hidden text file below it).
    public static func bundle(at path: String) throws -> LessonBundle {
        let manager = FileManager.default
        var trimmed = path
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        // Not a lesson: say so before walking what may be a home folder.
        guard manager.fileExists(atPath: trimmed + "/lesson.yaml") else {
            var isDirectory: ObjCBool = false
            if !manager.fileExists(atPath: trimmed, isDirectory: &isDirectory) || !isDirectory.boolValue {
                throw LessonLoadError(lesson: trimmed, file: "", message: "not a directory")
            }
            throw LessonLoadError(lesson: trimmed, file: "lesson.yaml", message: "missing file (a lesson folder holds a lesson.yaml)")
        }
        var files: [String: String] = [:]
        guard let enumerator = manager.enumerator(atPath: trimmed) else {
            throw LessonLoadError(lesson: trimmed, file: "", message: "cannot read the folder")
        }
        let root = URL(fileURLWithPath: trimmed).resolvingSymlinksInPath().path
        var total = 0
        var seen = 0
        while let relative = enumerator.nextObject() as? String {
            let name = relative.split(separator: "/").last.map(String.init) ?? relative
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            seen += 1
            guard seen <= maximumFiles else {
                throw LessonLoadError(lesson: trimmed, file: "", message: "more than \(maximumFiles) files (the most a lesson folder may hold)")
            }
            let full = trimmed + "/" + relative
            // A lesson reads only its own folder: a symbolic link pointing outside it is refused.
            let target = URL(fileURLWithPath: full).resolvingSymlinksInPath().path
            guard target == root || target.hasPrefix(root + "/") else {
                throw LessonLoadError(lesson: trimmed, file: relative, message: "links outside the lesson folder (to \(target))")
            }
            guard let attributes = try? manager.attributesOfItem(atPath: target), let type = attributes[.type] as? FileAttributeType else {
                throw LessonLoadError(lesson: trimmed, file: relative, message: "cannot be read")
            }
            if type == .typeDirectory { continue }
            guard type == .typeRegular else {
                throw LessonLoadError(lesson: trimmed, file: relative, message: "not a regular file")
            }
            let size = (attributes[.size] as? Int) ?? 0
            guard size <= maximumFileSize else {
                throw LessonLoadError(lesson: trimmed, file: relative, message: "larger than 1 MiB (the largest file a lesson may hold)")
            }
            total += size
            guard total <= maximumTotalSize else {
                throw LessonLoadError(lesson: trimmed, file: relative, message: "the lesson's files exceed 8 MiB (the most a lesson may hold)")
            }
            guard let data = manager.contents(atPath: full), let text = String(data: data, encoding: .utf8) else {
                throw LessonLoadError(lesson: trimmed, file: relative, message: "not a UTF-8 text file")
            }
            files[relative] = text
        }
        let id = trimmed.split(separator: "/").last.map(String.init) ?? trimmed
        return LessonBundle(id: id, files: files, origin: trimmed)
    }
}
