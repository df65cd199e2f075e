import Foundation
import LessonAuthoring
import Testing

/// `lesson new` writes a lesson that passes lint and test.
@Suite struct LessonScaffolderTests {
    static func temporaryDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lesson-new-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func scaffoldedLessonPassesLintAndTest() throws {
        let parent = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let written = try LessonScaffolder.create(id: "my-lesson", in: parent)
        #expect(written.map { String($0.dropFirst(parent.count + 1)) } == [
            "my-lesson/lesson.yaml", "my-lesson/text/en.md", "my-lesson/text/zh-CN.md", "my-lesson/hello-deployment.yaml",
            "my-lesson/tests/wrong-paths.yaml",
        ])
        let diagnostics = LessonLinter.lint(paths: [parent + "/my-lesson"])
        #expect(diagnostics == [], "\(LessonLinter.report(diagnostics))")
        var output = ""
        let summary = LessonTester.test(paths: [parent]) { output += $0 }
        #expect(summary == LessonTestSummary(passed: 6, failed: 0), "\(output)")
    }

    @Test func refusesInvalidIdsAndExistingFolders() throws {
        let parent = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        #expect(throws: LessonScaffolder.Failure.self) { try LessonScaffolder.create(id: "Bad_Id", in: parent) }
        try LessonScaffolder.create(id: "twice", in: parent)
        #expect(throws: LessonScaffolder.Failure(message: "'\(parent)/twice' already exists")) { try LessonScaffolder.create(id: "twice", in: parent) }
    }

    @Test func defaultParentPrefersLessonsFolder() throws {
        let parent = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        #expect(LessonScaffolder.defaultParent(currentDirectory: parent) == parent)
        try FileManager.default.createDirectory(atPath: parent + "/lessons", withIntermediateDirectories: true)
        #expect(LessonScaffolder.defaultParent(currentDirectory: parent) == parent + "/lessons")
    }
}
