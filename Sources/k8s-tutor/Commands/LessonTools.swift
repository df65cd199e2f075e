import ArgumentParser
import TutorShell

/// `k8s-tutor lesson …`: tools for lesson authors.
struct LessonTools: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lesson",
        abstract: "Tools for lesson authors: lint, test and scaffold lessons.",
        discussion: "The lesson format is described in docs/lesson-format.md and docs/lesson-authoring.md.",
        subcommands: [Lint.self, Test.self, New.self]
    )

    /// `k8s-tutor lesson lint <path>…`
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check lesson files and report problems as file:line:column.",
            discussion: "Exits 1 when any error is found; warnings do not fail.")

        @Argument(help: ArgumentHelp("Lesson folders, or folders of lessons.", valueName: "path"))
        var paths: [String]

        func run() throws { throw ExitCode(AuthoringCommands.lint(paths: paths)) }
    }

    /// `k8s-tutor lesson test <path>…`
    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Replay each lesson's solutions in every language and several seeds.",
            discussion: """
                Every step's checks must fail before its solution and pass after it; scripted wrong paths in \
                the lesson's tests/ folder are replayed too. Ends with "N passed, N failed"; exits 1 on failure.
                """)

        @Argument(help: ArgumentHelp("Lesson folders, or folders of lessons.", valueName: "path"))
        var paths: [String]

        @Option(name: .customLong("seed"), help: "A seed to test with (repeatable; default 1, 2 and 3).")
        var seeds: [UInt64] = []

        func run() throws { throw ExitCode(AuthoringCommands.test(paths: paths, seeds: seeds.isEmpty ? nil : seeds)) }
    }

    /// `k8s-tutor lesson new <id>`
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a new lesson folder that passes lint and test, ready to edit.")

        @Argument(help: ArgumentHelp("The lesson id (lower-case words joined by dashes).", valueName: "id"))
        var id: String

        @Option(help: ArgumentHelp("Where to create it (default: ./lessons if it exists, else .).", valueName: "dir"))
        var directory: String?

        func run() throws { throw ExitCode(AuthoringCommands.create(id: id, directory: directory)) }
    }
}
