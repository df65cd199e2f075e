import Foundation
import TutorialEngine

/// `k8s-tutor lesson test`: replays every lesson headless for each declared language and several seeds.
///
/// Per run: each non-read step's checks must fail when the step begins and pass after its solution (typed as a
/// learner would, so forbid and ahead-of-time rules apply); no check may hold at every point of the run (a
/// check that cannot fail proves nothing); scenario files `tests/*.yaml` replay scripted wrong paths. The
/// verdicts must be identical in every language. Output: one line per run, indented problems, then exactly
/// `N passed, N failed`.
public enum LessonTester {
    /// The seeds used when none are given.
    public static let defaultSeeds: [UInt64] = [1, 2, 3]

    /// Tests every lesson under `paths`, writing progress through `output`; the last line written is
    /// `N passed, N failed`.
    public static func test(paths: [String], seeds: [UInt64] = defaultSeeds, output: (String) -> Void) -> LessonTestSummary {
        let (folders, problems) = LessonPaths.folders(paths)
        var summary = LessonTestSummary(passed: 0, failed: problems.count)
        for problem in problems { output(problem.rendered + "\n") }
        for folder in folders {
            let one = testLesson(at: folder, seeds: seeds, output: output)
            summary.passed += one.passed
            summary.failed += one.failed
        }
        output(summary.line + "\n")
        return summary
    }

    /// Tests one lesson folder (without the final totals line).
    public static func testLesson(at folder: String, seeds: [UInt64] = defaultSeeds, output: (String) -> Void) -> LessonTestSummary {
        let lesson: Lesson
        let scenarios: [LessonScenario]
        do {
            let bundle = try LessonDirectory.bundle(at: folder)
            lesson = try LessonLoader.load(bundle)
            scenarios = try bundle.files.keys.sorted().filter { $0.hasPrefix("tests/") && ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) }
                .flatMap { try LessonScenario.parse(yaml: bundle.files[$0]!) }
        } catch {
            output("\(folder): FAILED: cannot load: \(error)\n")
            return LessonTestSummary(passed: 0, failed: 1)
        }
        var summary = LessonTestSummary()
        for seed in seeds {
            var reference: (language: String, verdicts: [String])?
            for language in lesson.definition.languages {
                var result = LessonRun(lesson: lesson, language: language, seed: seed, scenarios: scenarios).execute()
                if let reference, reference.verdicts != result.verdicts {
                    let pairs = zip(reference.verdicts, result.verdicts)
                    let difference = pairs.first { $0 != $1 }.map { "'\($0)' vs '\($1)'" } ?? "\(reference.verdicts.count) vs \(result.verdicts.count) verdicts"
                    result.failures.append("verdicts differ from \(reference.language): \(difference)")
                }
                if reference == nil { reference = (language, result.verdicts) }
                let label = "\(folder) [\(language), seed \(seed)]"
                if result.failures.isEmpty {
                    summary.passed += 1
                    output("\(label): ok (\(lesson.definition.steps.count) steps, \(scenarios.count) scenarios)\n")
                } else {
                    summary.failed += 1
                    output("\(label): FAILED\n" + result.failures.map { "  \($0)\n" }.joined())
                }
            }
        }
        return summary
    }
}
