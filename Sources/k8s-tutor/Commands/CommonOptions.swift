import ArgumentParser
import TutorShell

/// Options every shell-starting command accepts.
struct CommonOptions: ParsableArguments {
    @Option(help: "Seed for generated names, IPs and UIDs; the same seed and commands give the same output.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Language of the lessons: en or zh-CN (default: from the locale).", valueName: "lang"))
    var lang: String?

    @Option(name: .customLong("lessons"), help: ArgumentHelp("A folder of extra lessons (repeatable).", valueName: "dir"))
    var lessonDirectories: [String] = []

    func validate() throws {
        if let lang, !["en", "zh-CN", "zh", "zh_CN", "zh-cn"].contains(lang) {
            throw ValidationError("--lang must be en or zh-CN")
        }
    }

    var launcherOptions: ShellLauncher.Options {
        ShellLauncher.Options(seed: seed, language: lang, lessonDirectories: lessonDirectories)
    }
}
