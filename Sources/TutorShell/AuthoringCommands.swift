import Foundation
import LessonAuthoring

/// `k8s-tutor lesson lint|test|new`: the author's tools, writing to the process's streams.
public enum AuthoringCommands {
    /// Lints lesson folders; prints compiler-style diagnostics; 1 when any error was found.
    public static func lint(paths: [String]) -> Int32 {
        let diagnostics = LessonLinter.lint(paths: paths)
        StandardStreams.write(LessonLinter.report(diagnostics))
        return LessonLinter.hasErrors(diagnostics) ? 1 : 0
    }

    /// Replays every lesson's solutions per language and seed; prints progress and `N passed, N failed`.
    public static func test(paths: [String], seeds: [UInt64]?) -> Int32 {
        let summary = LessonTester.test(paths: paths, seeds: seeds ?? LessonTester.defaultSeeds) { line in
            StandardStreams.write(line.hasSuffix("\n") ? line : line + "\n")
        }
        return summary.succeeded ? 0 : 1
    }

    /// Scaffolds a new lesson folder that passes lint and test.
    public static func create(id: String, directory: String?) -> Int32 {
        let parent = directory ?? LessonScaffolder.defaultParent(currentDirectory: FileManager.default.currentDirectoryPath)
        do {
            let files = try LessonScaffolder.create(id: id, in: parent)
            StandardStreams.write(files.map { "created \($0)\n" }.joined())
            StandardStreams.write(
                "Next: edit the files, then run k8s-tutor lesson lint \(parent)/\(id) and k8s-tutor lesson test \(parent)/\(id)\n")
            return 0
        } catch {
            StandardStreams.writeError("k8s-tutor: \(error.message)\n")
            return 1
        }
    }
}
