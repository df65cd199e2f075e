import Foundation
import LessonAuthoring
import Testing

/// `lesson test` catches checks that cannot fail, solutions that miss their goal and failing scenarios.
@Suite struct LessonTesterTests {
    static func run(_ name: String) -> (LessonTestSummary, String) {
        var output = ""
        let summary = LessonTester.test(paths: [RepositoryPaths.fixture(name)], seeds: [1]) { output += $0 }
        return (summary, output.replacingOccurrences(of: RepositoryPaths.fixture(""), with: ""))
    }

    @Test func checkThatCanNeverFail() {
        let (summary, output) = Self.run("never-failing-check")
        #expect(summary == LessonTestSummary(passed: 0, failed: 2))
        let problem = "  step 'apply': check 'default-namespace' can never fail: it holds at every point of the run, from the empty cluster to the end, so it proves nothing\n"
        #expect(output == "never-failing-check [en, seed 1]: FAILED\n" + problem + "never-failing-check [zh-CN, seed 1]: FAILED\n" + problem + "0 passed, 2 failed\n")
    }

    @Test func solutionThatMissesItsGoal() {
        let (summary, output) = Self.run("solution-misses-goal")
        #expect(summary.failed == 2)
        #expect(output.contains("solution-misses-goal [en, seed 1]: FAILED\n  step 'apply': the solution does not reach the step's goal; still failing: running\n"))
        #expect(output.hasSuffix("0 passed, 2 failed\n"))
    }

    @Test func failingScenarioExpectation() {
        let (summary, output) = Self.run("failing-scenario")
        #expect(summary.failed == 2)
        #expect(output.contains("  scenario 'forced deletion is refused': expected refused: delete-deployment, but it does not hold\n"))
        #expect(!output.contains("completed: look, but"))
    }

    @Test func validLessonPassesEveryLanguageAndSeed() {
        var output = ""
        let summary = LessonTester.test(paths: [RepositoryPaths.fixture("valid-demo")], seeds: [1, 2]) { output += $0 }
        #expect(summary == LessonTestSummary(passed: 4, failed: 0), "\(output)")
        #expect(output.hasSuffix("\n4 passed, 0 failed\n"))
    }
}
