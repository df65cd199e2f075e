import Foundation

extension LessonLintContext {
    /// Reads the folder's text files and rejects symbolic links that lead out of it.
    mutating func scanFiles() {
        let manager = FileManager.default
        let base = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        guard let enumerator = manager.enumerator(atPath: folder) else {
            report("lesson.yaml", nil, "cannot read the folder '\(folder)'")
            return
        }
        while let relative = enumerator.nextObject() as? String {
            let name = relative.split(separator: "/").last.map(String.init) ?? relative
            if name.hasPrefix(".") { continue }
            let full = LessonPaths.join(folder, relative)
            if let type = (try? manager.attributesOfItem(atPath: full))?[.type] as? FileAttributeType, type == .typeSymbolicLink {
                let target = URL(fileURLWithPath: full).resolvingSymlinksInPath().path
                if !(target == base || target.hasPrefix(base + "/")) {
                    report(relative, nil, "'\(relative)' is a symbolic link to '\(target)', outside the lesson folder",
                           fix: "copy the file into the lesson folder; lesson files cannot reach outside it")
                    continue
                }
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            guard let data = manager.contents(atPath: full), let text = String(data: data, encoding: .utf8) else {
                report(relative, nil, "'\(relative)' is not a UTF-8 text file")
                continue
            }
            files[relative] = text
        }
    }

    /// Whether `path` stays inside the lesson folder (relative, no `..`, no `~`).
    static func staysInside(_ path: String) -> Bool {
        !path.hasPrefix("/") && !path.hasPrefix("~") && !path.contains("://")
            && !path.split(separator: "/").contains("..")
    }
}
