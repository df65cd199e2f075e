import ArgumentParser
import TutorShell

/// `k8s-tutor lessons`: list the lessons and the learner's progress.
struct Lessons: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the lessons and your progress.")

    @OptionGroup var common: CommonOptions

    func run() throws {
        throw ExitCode(ShellLauncher.listLessons(options: common.launcherOptions))
    }
}
