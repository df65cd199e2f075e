import Testing

@testable import TutorialEngine

@Suite struct BuiltinLessonsTests {
    /// The repository's `lessons/` folder, found from this file's path.
    static var lessonsFolder: String {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(4)  // BuiltinLessons/BuiltinLessonsTests.swift, TutorialEngineTests, Tests
        return parts.joined(separator: "/") + "/lessons"
    }

    @Test func generatedFileMatchesTheLessonsFolder() throws {
        var problems: [LessonLoadError] = []
        let onDisk = try LessonDirectory.bundles(at: Self.lessonsFolder, problems: &problems).map { LessonBundle(id: $0.id, files: $0.files, origin: "built-in") }
        #expect(problems.isEmpty)
        let embedded = BuiltinLessons.bundles
        let stale = "Sources/TutorialEngine/BuiltinLessons/BuiltinLessons.generated.swift is out of date: run scripts/embed-lessons"
        #expect(embedded.map(\.id) == onDisk.map(\.id), Comment(rawValue: stale))
        for (disk, built) in zip(onDisk, embedded) {
            #expect(built.files == disk.files, Comment(rawValue: stale + " (lesson \(disk.id))"))
        }
    }

    @Test func everyBuiltInLessonLoads() {
        let catalog = LessonCatalog(bundles: BuiltinLessons.bundles)
        #expect(catalog.problems.isEmpty, Comment(rawValue: catalog.problems.map(\.description).joined(separator: "\n")))
        #expect(catalog.lessons.map(\.id).contains("pod-termination"))
    }
}
