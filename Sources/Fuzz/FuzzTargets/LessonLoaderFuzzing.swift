import TutorialEngine

/// Fuzzes the lesson loader: the input replaces files of the built-in `readiness-probe` lesson and the
/// bundle is loaded as an author's folder would be.
///
/// The text before the first marker line `==> path <==` is `lesson.yaml`; each marker starts another file
/// (`==> text/en.md <==`, `==> web-service.yaml <==`), so one input can change the structure and the texts.
enum LessonLoaderFuzzing {
    /// The lesson whose files the input replaces.
    static let base: LessonBundle = BuiltinLessons.bundles.first { $0.id == "readiness-probe" }!

    /// Loads the bundle described by `input`; returns `loaded <id>` or the load error as the tutor prints it.
    static func run(_ input: [UInt8]) -> String {
        var bundle = base
        bundle.origin = "fuzz/readiness-probe"
        for (path, text) in files(FuzzInput.text(input)) {
            bundle.files[path] = text
        }
        do {
            return "loaded \(try LessonLoader.load(bundle).id)\n"
        } catch {
            return "\(error)\n"
        }
    }

    /// The files an input names, `lesson.yaml` first.
    static func files(_ text: String) -> [(String, String)] {
        var files: [(String, String)] = []
        var path = "lesson.yaml"
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("==> "), line.hasSuffix(" <=="), line.count > 8 {
                files.append((path, lines.joined(separator: "\n")))
                path = String(line.dropFirst(4).dropLast(4))
                lines = []
            } else {
                lines.append(line)
            }
        }
        files.append((path, lines.joined(separator: "\n")))
        return files
    }
}
