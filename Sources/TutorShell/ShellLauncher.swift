import Foundation
import LessonAuthoring
import LineEditor
import TutorialEngine

/// Starts a shell on the process's terminal or pipes: chooses the line reader, colors, history and lessons.
public enum ShellLauncher {
    /// What the shell should do first.
    public enum Start: Sendable {
        /// Resume the lesson in progress, or list the lessons and open the free shell.
        case resumeOrList
        /// A free sandbox.
        case play
        /// A lesson by id or folder path, optionally previewed from a step (earlier solutions replayed).
        case learn(String, step: String?)
    }

    /// Options shared by every way of starting.
    public struct Options: Sendable {
        /// The cluster seed.
        public var seed: UInt64
        /// `en` or `zh-CN`; nil follows the locale.
        public var language: String?
        /// Extra lesson folders (`--lessons`).
        public var lessonDirectories: [String]

        /// Creates options.
        public init(seed: UInt64 = 1, language: String? = nil, lessonDirectories: [String] = []) {
            self.seed = seed
            self.language = language
            self.lessonDirectories = lessonDirectories
        }
    }

    /// Runs the shell and returns the process exit status.
    public static func run(_ start: Start, options: Options) -> Int32 {
        _ = TerminalSetup.prepareLocale()
        let environment = ProcessInfo.processInfo.environment
        let configuration = ShellConfiguration(
            seed: options.seed, environment: environment, interactive: TerminalSetup.isInteractive,
            workingDirectory: FileManager.default.currentDirectoryPath)
        let services = lessonServices(options: options, environment: environment, interactive: configuration.interactive)
        let reader = makeReader(configuration)
        let shell = Shell(configuration: configuration, services: services, reader: reader, sink: ProcessOutput())
        if let editor = reader as? LineEditor {
            editor.completionProvider = ShellCompleter(shell: shell)
        }
        switch start {
        case .play:
            if configuration.interactive { ProcessOutput().write(Welcome.play(colors: configuration.colors)) }
        case .resumeOrList:
            if let entry = services.catalog.entries.first(where: { $0.progress.map { !$0.finished } ?? false }) {
                shell.startLesson(entry.lesson, seed: entry.progress?.seed)
            } else {
                let output = ProcessOutput()
                output.write(Welcome.lessons(colors: configuration.colors))
                output.write(services.catalog.render(language: services.language ?? "en", width: services.width, style: services.style))
                output.write(Welcome.howToStart(language: services.language ?? "en", firstLesson: services.catalog.lessons.first?.id))
            }
        case .learn(let name, let step):
            guard let lesson = findLesson(name, services: services, options: options, environment: environment) else {
                let known = services.catalog.lessons.map(\.id).joined(separator: ", ")
                StandardStreams.writeError("k8s-tutor: no lesson \"\(name)\" (lessons: \(known))\n")
                reader.close()
                return 1
            }
            if let step {
                do {
                    shell.adoptLesson(try LessonPreview.session(lesson: lesson, at: step, options: shell.lessonOptions()))
                } catch {
                    StandardStreams.writeError("k8s-tutor: \(error.message)\n")
                    reader.close()
                    return 1
                }
            } else {
                shell.startLesson(lesson)
            }
        }
        return shell.run()
    }

    /// Prints the lesson list with progress.
    public static func listLessons(options: Options) -> Int32 {
        let environment = ProcessInfo.processInfo.environment
        let services = lessonServices(options: options, environment: environment, interactive: TerminalSetup.isInteractive)
        StandardStreams.write(services.catalog.render(language: services.language ?? "en", width: services.width, style: services.style))
        return services.catalog.problems.isEmpty ? 0 : 1
    }

    /// A lesson by id (a built-in one is loaded alone, without parsing the whole catalog), or from a folder.
    static func findLesson(_ name: String, services: LessonServices, options: Options, environment: [String: String])
        -> Lesson?
    {
        let authorsFolders = !options.lessonDirectories.isEmpty || !(environment["K8S_TUTOR_LESSONS"] ?? "").isEmpty
        if !authorsFolders, let bundle = BuiltinLessons.bundles.first(where: { $0.id == name }),
            let lesson = try? LessonLoader.load(bundle)
        {
            return lesson
        }
        let catalog = services.catalog
        if let lesson = catalog.lesson(id: name) { return lesson }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: name, isDirectory: &isDirectory), isDirectory.boolValue else {
            return nil
        }
        do {
            return try LessonLoader.load(try LessonDirectory.bundle(at: name))
        } catch {
            StandardStreams.writeError("k8s-tutor: \(error)\n")
            return nil
        }
    }

    static func lessonServices(options: Options, environment: [String: String], interactive: Bool) -> LessonServices {
        let store = ProgressStore(directory: ProgressStore.defaultDirectory(environment: environment))
        let language = options.language.flatMap(LanguagePreference.normalize) ?? LanguagePreference.detect(environment: environment)
        return LessonServices(
            catalog: LessonCatalog.standard(directories: options.lessonDirectories, environment: environment, store: store),
            store: store, language: language,
            style: TerminalStyle(environment: environment, scriptMode: !interactive),
            width: interactive ? min(TerminalSetup.columns(), 100) : 80)
    }

    static func makeReader(_ configuration: ShellConfiguration) -> any LineReading {
        if configuration.interactive {
            return LineEditor(
                programName: "k8s-tutor", historyFile: HistoryLocation.default(environment: configuration.environment))
        }
        InterruptFlag.installHandlers()
        return PlainLineReader()
    }
}
