import ArgumentParser
import TutorShell

/// `k8s-tutor learn <lesson>`: start or resume a guided lesson.
struct Learn: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start or resume a guided lesson.",
        discussion: "Progress is saved after every step; run the same command again to resume."
    )

    @Argument(help: ArgumentHelp("A lesson id (see k8s-tutor lessons) or a lesson folder.", valueName: "lesson"))
    var lesson: String

    @Option(help: ArgumentHelp("Start at this step, with the earlier steps' solutions replayed (for authors).", valueName: "step-id"))
    var step: String?

    @OptionGroup var common: CommonOptions

    func run() throws {
        throw ExitCode(ShellLauncher.run(.learn(lesson, step: step), options: common.launcherOptions))
    }
}
