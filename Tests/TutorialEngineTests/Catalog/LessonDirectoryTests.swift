import Foundation
import Testing

@testable import TutorialEngine

@Suite("Lesson folders on disk")
struct LessonDirectoryTests {
    @Test("a symbolic link that leaves the lesson folder is refused")
    func linkOutsideIsRefused() throws {
        let base = NSTemporaryDirectory() + "k8s-tutor-links-\(UUID().uuidString)"
        let folder = base + "/lesson"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: base) }
        try "secret".write(toFile: base + "/outside.txt", atomically: true, encoding: .utf8)
        try "schema: 1".write(toFile: folder + "/lesson.yaml", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/notes.txt", withDestinationPath: base + "/outside.txt")
        #expect(throws: LessonLoadError.self) { try LessonDirectory.bundle(at: folder) }
    }

    @Test("files and links inside the folder are read")
    func insideIsRead() throws {
        let folder = NSTemporaryDirectory() + "k8s-tutor-links-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/text", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "schema: 1".write(toFile: folder + "/lesson.yaml", atomically: true, encoding: .utf8)
        try "# en".write(toFile: folder + "/text/en.md", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/copy.md", withDestinationPath: folder + "/text/en.md")
        let bundle = try LessonDirectory.bundle(at: folder)
        #expect(bundle.files["copy.md"] == "# en")
        #expect(bundle.files["text/en.md"] == "# en")
    }
}
