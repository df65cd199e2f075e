import Foundation
import Testing

@testable import TutorialEngine

/// Broken and hostile lesson folders (issue 18): each is refused quickly with its file and reason, and never hides
/// the lessons beside it.
@Suite struct BrokenLessonFolderTests {
    /// A copy of the built-in `pod-termination` lesson in a fresh folder `<base>/<id>`, with `id` set.
    private static func copyLesson(to base: String, id: String) throws -> String {
        let bundle = try #require(BuiltinLessons.bundles.first { $0.id == "pod-termination" })
        let folder = base + "/" + id
        for (path, text) in bundle.files {
            let full = folder + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            let content = path == "lesson.yaml" ? text.replacingOccurrences(of: "id: pod-termination", with: "id: \(id)") : text
            try content.write(toFile: full, atomically: true, encoding: .utf8)
        }
        return folder
    }

    private static func laughs() -> String {
        var lines = ["x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1..<9 { lines.append("x\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]") }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func withBase(_ body: (String) throws -> Void) throws {
        let base = NSTemporaryDirectory() + "k8s-tutor-broken-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: base) }
        try body(base)
    }

    /// The one problem loading the folder `<base>/bad` reports, beside the good lesson `<base>/good`.
    private static func problem(_ breakIt: (String) throws -> Void) throws -> String {
        var description = ""
        try withBase { base in
            _ = try copyLesson(to: base, id: "good")
            let bad = try copyLesson(to: base, id: "bad")
            try breakIt(bad)
            let catalog = LessonCatalog.standard(directories: [base], environment: [:], store: nil)
            #expect(catalog.lesson(id: "good") != nil)
            #expect(catalog.lesson(id: "bad") == nil)
            #expect(catalog.problems.count == 1)
            description = catalog.problems.first.map { $0.description.replacingOccurrences(of: base, with: "BASE") } ?? ""
        }
        return description
    }

    @Test func anAliasBombInLessonYAML() throws {
        let description = try Self.problem { folder in
            let yaml = try String(contentsOfFile: folder + "/lesson.yaml", encoding: .utf8)
            try (Self.laughs() + yaml).write(toFile: folder + "/lesson.yaml", atomically: true, encoding: .utf8)
        }
        #expect(description == "BASE/bad/lesson.yaml: yaml: document contains excessive aliasing")
    }

    @Test func aComplexKeyIsNamedNotDumped() throws {
        let description = try Self.problem { folder in
            let yaml = try String(contentsOfFile: folder + "/lesson.yaml", encoding: .utf8)
            try ("? [a, b]\n: c\n" + yaml).write(toFile: folder + "/lesson.yaml", atomically: true, encoding: .utf8)
        }
        #expect(description.hasPrefix("BASE/bad/lesson.yaml:"))
        #expect(description.hasSuffix(": a key must be a string, not a list"))
    }

    @Test func aFilePathLeavingTheFolder() throws {
        let description = try Self.problem { folder in
            let yaml = try String(contentsOfFile: folder + "/lesson.yaml", encoding: .utf8)
            try yaml.replacingOccurrences(of: "files:\n", with: "files:\n  - ../../../etc/passwd\n")
                .write(toFile: folder + "/lesson.yaml", atomically: true, encoding: .utf8)
        }
        #expect(description == "BASE/bad/lesson.yaml:11:5: file '../../../etc/passwd' is not in the lesson folder")
    }

    @Test func aControlCharacterInLessonYAML() throws {
        let description = try Self.problem { folder in
            let yaml = try String(contentsOfFile: folder + "/lesson.yaml", encoding: .utf8)
            try ("a: b\u{1}c\n" + yaml).write(toFile: folder + "/lesson.yaml", atomically: true, encoding: .utf8)
        }
        #expect(description == "BASE/bad/lesson.yaml:1:5: control characters are not allowed")
    }

    @Test func aFIFO() throws {
        let description = try Self.problem { folder in #expect(mkfifo(folder + "/text/pipe.md", 0o600) == 0) }
        #expect(description == "BASE/bad/text/pipe.md: not a regular file")
    }

    @Test func aHugeText() throws {
        let description = try Self.problem { folder in
            try String(repeating: "a", count: (1 << 20) + 1).write(toFile: folder + "/text/huge.md", atomically: true, encoding: .utf8)
        }
        #expect(description == "BASE/bad/text/huge.md: larger than 1 MiB (the largest file a lesson may hold)")
    }

    @Test func tooManyFiles() throws {
        let description = try Self.problem { folder in
            try FileManager.default.createDirectory(atPath: folder + "/junk", withIntermediateDirectories: true)
            for index in 0..<LessonDirectory.maximumFiles { try "x".write(toFile: folder + "/junk/\(index).txt", atomically: false, encoding: .utf8) }
        }
        #expect(description == "BASE/bad/: more than 500 files (the most a lesson folder may hold)")
    }

    @Test func bytesThatAreNotUTF8() throws {
        let description = try Self.problem { folder in
            try Data([0xFF, 0xFE, 0x00]).write(to: URL(fileURLWithPath: folder + "/text/binary.md"))
        }
        #expect(description == "BASE/bad/text/binary.md: not a UTF-8 text file")
    }

    @Test func aLinkLeavingTheFolder() throws {
        let description = try Self.problem { folder in
            try FileManager.default.createSymbolicLink(atPath: folder + "/secret.yaml", withDestinationPath: "/etc/hostname")
        }
        #expect(description.hasPrefix("BASE/bad/secret.yaml: links outside the lesson folder (to /etc/"))
    }

    @Test func aFolderWithoutLessonYAMLIsRefusedBeforeItIsWalked() throws {
        try Self.withBase { base in
            for index in 0..<50 { try "x".write(toFile: base + "/\(index).txt", atomically: false, encoding: .utf8) }
            #expect(throws: LessonLoadError(lesson: base, file: "lesson.yaml", message: "missing file (a lesson folder holds a lesson.yaml)")) {
                try LessonDirectory.bundle(at: base)
            }
        }
    }

    @Test func hiddenFoldersAreSkippedWhole() throws {
        try Self.withBase { base in
            let folder = try Self.copyLesson(to: base, id: "lesson")
            try FileManager.default.createDirectory(atPath: folder + "/.git/objects", withIntermediateDirectories: true)
            try "x".write(toFile: folder + "/.git/objects/blob", atomically: false, encoding: .utf8)
            let bundle = try LessonDirectory.bundle(at: folder)
            #expect(!bundle.files.keys.contains { $0.contains(".git") || $0.hasSuffix("blob") })
        }
    }
}
