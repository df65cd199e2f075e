import Foundation
import LessonAuthoring
import Testing

@Suite struct RealLessonsTests {
    @Test func everyLessonPassesLint() {
        let diagnostics = LessonLinter.lint(paths: [RepositoryPaths.lessons])
        #expect(!LessonLinter.hasErrors(diagnostics), "\(LessonLinter.report(diagnostics))")
    }

    @Test func everyLessonPassesLessonTest() {
        var output = ""
        let summary = LessonTester.test(paths: [RepositoryPaths.lessons]) { output += $0 }
        #expect(summary.failed == 0, "\(output)")
        #expect(summary.passed >= 12, "\(output)")
        #expect(output.hasSuffix("\(summary.passed) passed, 0 failed\n"))
        print(output)
    }
}
