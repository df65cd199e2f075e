import ClusterModel
import TerminalText

/// Every lesson available: the built-in ones plus authors' folders (`--lessons DIR`, `K8S_TUTOR_LESSONS`),
/// with problems (lessons that failed to load) kept for reporting.
public struct LessonCatalog: Hashable, Sendable {
    /// The lessons, built-in first, then each folder's in order; a folder lesson with the id of an earlier
    /// one replaces it (so authors can work on a copy of a built-in lesson).
    public internal(set) var lessons: [Lesson]
    /// Lessons that could not be loaded.
    public internal(set) var problems: [LessonLoadError]
    /// Where progress is read from for listings.
    public var store: ProgressStore?

    /// A catalog from bundles.
    public init(bundles: [LessonBundle], store: ProgressStore? = nil) {
        var lessons: [Lesson] = []
        var problems: [LessonLoadError] = []
        for bundle in bundles {
            do {
                let lesson = try LessonLoader.load(bundle)
                lessons.removeAll { $0.id == lesson.id }
                lessons.append(lesson)
            } catch {
                problems.append(error)
            }
        }
        self.lessons = lessons
        self.problems = problems
        self.store = store
    }

    /// The built-in lessons plus the folders named by `directories` and by `K8S_TUTOR_LESSONS`
    /// (colon-separated) in `environment`.
    public static func standard(directories: [String] = [], environment: [String: String], store: ProgressStore?) -> LessonCatalog {
        var bundles = BuiltinLessons.bundles
        var problems: [LessonLoadError] = []
        let fromEnvironment = (environment["K8S_TUTOR_LESSONS"] ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
        for directory in directories + fromEnvironment {
            do {
                bundles += try LessonDirectory.bundles(at: directory, problems: &problems)
            } catch let error as LessonLoadError {
                problems.append(error)
            } catch {
                problems.append(LessonLoadError(lesson: directory, file: "", message: "\(error)"))
            }
        }
        var catalog = LessonCatalog(bundles: bundles, store: store)
        catalog.problems = problems + catalog.problems
        return catalog
    }

    /// The lesson with `id`.
    public func lesson(id: String) -> Lesson? { lessons.first { $0.id == id } }

    /// The lessons with saved progress.
    public var entries: [CatalogEntry] {
        lessons.map { lesson in
            var progress: LessonProgress?
            if let store, case .loaded(let saved) = store.peek(lesson.id) { progress = saved }
            return CatalogEntry(lesson: lesson, progress: progress)
        }
    }

    /// The listing `lessons` prints: one line per lesson with its id, title and status, ids aligned.
    public func render(language: String, width: Int, style: TerminalStyle) -> String {
        var lines: [String] = []
        let idWidth = lessons.map { DisplayWidth.of($0.id) }.max() ?? 0
        for entry in entries {
            let lesson = entry.lesson
            let lang = lesson.language(for: language)
            let status: String
            if let progress = entry.progress {
                if progress.finished {
                    status = "✓ " + (language == "zh-CN" ? "已完成" : "finished")
                } else {
                    let done = progress.completedSteps.count
                    let total = lesson.definition.steps.count
                    status = language == "zh-CN" ? "进行中（\(done)/\(total)）" : "in progress (\(done)/\(total))"
                }
            } else {
                status = language == "zh-CN" ? "未开始" : "not started"
            }
            let padding = String(repeating: " ", count: idWidth - DisplayWidth.of(lesson.id) + 3)
            lines.append(
                "  " + style.apply(.code, to: TerminalEscaping.visible(lesson.id)) + padding
                    + TerminalEscaping.visible(lesson.title(language: lang)) + "   "
                    + style.apply(.dim, to: "[" + status + "]"))
        }
        for problem in problems { lines.append("! " + TerminalEscaping.visible(problem.description)) }
        _ = width
        return lines.joined(separator: "\n") + "\n"
    }
}
