import ArgumentParser
import TutorShell

/// `k8s-tutor play`: a free sandbox shell.
struct Play: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open a free sandbox shell with a fresh simulated cluster.",
        discussion: "Type kubectl commands (or k …); help lists the rest. Ctrl-D or exit leaves."
    )

    @OptionGroup var common: CommonOptions

    func run() throws {
        throw ExitCode(ShellLauncher.run(.play, options: common.launcherOptions))
    }
}
