import ArgumentParser
import TutorShell

/// The `k8s-tutor` command: resume the lesson in progress, or show the lessons.
@main
struct K8sTutor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "k8s-tutor",
        abstract: "Learn Kubernetes in your terminal, against a simulated cluster.",
        discussion: """
            Without a subcommand, k8s-tutor resumes the lesson in progress or lists the lessons.
            When standard input or output is not a terminal, commands are read one per line (script mode).
            """,
        version: TutorVersion.current,
        subcommands: [Learn.self, Play.self, Lessons.self, LessonTools.self]
    )

    @OptionGroup var common: CommonOptions

    func run() throws {
        throw ExitCode(ShellLauncher.run(.resumeOrList, options: common.launcherOptions))
    }
}
