import ClusterModel
import Kubectl
import Sandbox

extension LessonSession {
    /// The saved form of this session.
    public var progress: LessonProgress {
        LessonProgress(lessonID: lesson.id, contentHash: lesson.contentHash, language: language, seed: seed,
                       currentStep: currentStepID, completedSteps: completedSteps, hintsUsed: hintsUsed,
                       solutionViewed: solutionViewed, finished: isFinished, log: log)
    }

    /// Writes progress to the store (not while replaying). A failed write is reported once, never fatal.
    func saveProgress(host: some KubectlHost) {
        guard !replaying, let store = options.store else { return }
        do {
            try store.save(progress)
        } catch {
            host.writeError("k8s-tutor: could not save progress to \(store.path(for: lesson.id)): \(error)\n")
        }
    }

    /// Rebuilds a session from saved progress by replaying its log silently with the same seed, then prints
    /// where the learner is. `options.language`, when set, overrides the saved language.
    public static func resume(lesson: Lesson, progress: LessonProgress, options: LessonSessionOptions, host: some KubectlHost) -> LessonSession {
        var replayOptions = options
        replayOptions.seed = progress.seed
        replayOptions.language = progress.language
        var session = LessonSession(lesson: lesson, options: replayOptions)
        session.replaying = true
        let silent = ReplayHost(interruptAt: session.sandbox.cluster.now)
        session.enterStep(0, host: silent)
        for entry in progress.log {
            let start = Timestamp(milliseconds: entry.start)
            if session.sandbox.cluster.now < start {
                session.sandbox.cluster.advance(by: start.seconds(since: session.sandbox.cluster.now))
            }
            silent.interruptAt = Timestamp(milliseconds: entry.end)
            if entry.line.isEmpty {
                session.timeDidPass(host: silent)
            } else {
                session.handle(line: entry.line, host: silent)
            }
        }
        session.replaying = false
        if let language = options.language { session.language = lesson.language(for: language) }
        session.options.language = session.language
        if progress.contentHash != lesson.contentHash { session.say(EngineText.lessonChanged(session.language), host: host) }
        session.say("## " + lesson.title(language: session.language), host: host, asHeading: true)
        if session.isFinished {
            session.say(EngineText.finishedAlready(session.language), host: host)
        } else {
            session.say(EngineText.resumed(session.language, String(session.frontier + 1), String(lesson.definition.steps.count)), host: host)
            session.printStep(session.frontier, host: host)
        }
        session.saveProgress(host: host)
        return session
    }

    /// Starts or resumes a lesson as the shell's `learn <id>` does: saved progress is resumed; an unusable
    /// progress file is reported and set aside, and the lesson starts fresh.
    public static func begin(lesson: Lesson, options: LessonSessionOptions, host: some KubectlHost) -> LessonSession {
        if let store = options.store {
            switch store.load(lesson.id) {
            case .loaded(let progress):
                return resume(lesson: lesson, progress: progress, options: options, host: host)
            case .setAside(let reason, let movedTo):
                host.writeError("k8s-tutor: saved progress for \(lesson.id) could not be used (\(reason)); it was moved to \(movedTo)\n")
            case .none:
                break
            }
        }
        var session = LessonSession(lesson: lesson, options: options)
        session.start(host: host)
        return session
    }
}
