import Foundation

/// `k8s-tutor lesson new <id>`: writes a small working lesson (a read step, a task, an observe step, a binding,
/// hints, both languages and a manifest) that passes `lesson lint` and `lesson test`, for the author to edit.
public enum LessonScaffolder {
    /// Why a lesson cannot be created.
    public struct Failure: Error, Hashable, Sendable, CustomStringConvertible {
        /// What is wrong.
        public var message: String
        /// An error with this message.
        public init(message: String) { self.message = message }
        /// The message.
        public var description: String { message }
    }

    /// Where `lesson new` writes by default: `lessons/` when the current directory has one, else the directory itself.
    public static func defaultParent(currentDirectory: String) -> String {
        var isDirectory: ObjCBool = false
        let lessons = LessonPaths.join(currentDirectory, "lessons")
        return FileManager.default.fileExists(atPath: lessons, isDirectory: &isDirectory) && isDirectory.boolValue ? lessons : currentDirectory
    }

    /// Creates `<parent>/<id>/` and returns the paths written, in order. Fails for an invalid id or an existing folder.
    @discardableResult
    public static func create(id: String, in parent: String) throws(Failure) -> [String] {
        guard let first = id.first, first.isLowercase || first.isNumber, id.last != "-",
            id.allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" })
        else {
            throw Failure(message: "'\(id)' is not a valid lesson id: use lower-case letters, digits and inner hyphens (e.g. rolling-update)")
        }
        let folder = LessonPaths.join(parent, id)
        let manager = FileManager.default
        guard !manager.fileExists(atPath: folder) else { throw Failure(message: "'\(folder)' already exists") }
        var written: [String] = []
        do {
            for (relative, content) in ScaffoldTemplate.files(id: id) {
                let path = LessonPaths.join(folder, relative)
                try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try content.write(toFile: path, atomically: true, encoding: .utf8)
                written.append(path)
            }
        } catch {
            throw Failure(message: "cannot write '\(folder)': \(error.localizedDescription)")
        }
        return written
    }
}
