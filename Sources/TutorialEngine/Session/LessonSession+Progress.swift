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

    /// Writes progress to the store (not while replaying): one journal record per call (see ``ProgressStore``).
    /// Why it could not be saved (read-only, a failed write, a full log) is said once, in the session's
    /// language; later failures of the same kind stay quiet until a save succeeds again.
    func saveProgress(host: some KubectlHost) {
        guard !replaying, let store = options.store else { return }
        let writer = store.writer(for: lesson.id)
        if let notice = writer.save(progress), writer.shouldReport(notice) {
            host.writeError(notice.text(lessonID: lesson.id, language: language))
        }
    }

    /// Rebuilds a session from saved progress by replaying its log silently with the same seed, then prints
    /// where the learner is. `options.language`, when set, overrides the saved language.
    ///
    /// When this process holds the lesson's lock, the replay is guarded by a ``ReplayMarker``: if a saved
    /// line crashes the program while it is replayed, the next ``begin(lesson:options:host:)`` sets that line
    /// and the ones after it aside instead of crashing again. A replay that was killed (kill -9, a closed
    /// terminal) is not a crash: the next start replays everything again.
    public static func resume(lesson: Lesson, progress: LessonProgress, options: LessonSessionOptions, host: some KubectlHost) -> LessonSession {
        var replayOptions = options
        replayOptions.seed = progress.seed
        replayOptions.language = progress.language
        var session = LessonSession(lesson: lesson, options: replayOptions)
        session.replaying = true
        let marker = options.store.flatMap { store in
            store.writer(for: lesson.id).isExclusive ? ReplayMarker(path: store.replayMarkerPath(for: lesson.id)) : nil
        }
        let silent = ReplayHost(interruptAt: session.sandbox.cluster.now)
        session.enterStep(0, host: silent)
        for (index, entry) in progress.log.enumerated() {
            let start = Timestamp(milliseconds: entry.start)
            if session.sandbox.cluster.now < start {
                marker?.record(ReplayMarker.Position(index: index, advancing: true))
                session.sandbox.cluster.advance(by: start.seconds(since: session.sandbox.cluster.now))
            }
            marker?.record(ReplayMarker.Position(index: index, advancing: false))
            CrashPoint.replaying(entry.line)
            silent.interruptAt = Timestamp(milliseconds: entry.end)
            if entry.line.isEmpty {
                session.timeDidPass(host: silent)
            } else {
                session.handle(line: entry.line, host: silent)
            }
        }
        marker?.finish()
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
    /// progress file is reported and set aside, and the lesson starts fresh. A second tutor on the same
    /// lesson resumes read-only (see ``ProgressStore``), and lines that crashed the last resume are set aside.
    public static func begin(lesson: Lesson, options: LessonSessionOptions, host: some KubectlHost) -> LessonSession {
        if let store = options.store {
            let language = lesson.language(for: options.language)
            let writer = store.writer(for: lesson.id)
            if let problem = writer.openingProblem, writer.shouldReport(problem) {
                host.writeError(problem.text(lessonID: lesson.id, language: language))
            }
            // Only the lock holder sets broken files aside; a read-only tutor just reads what it can.
            switch writer.isExclusive ? store.load(lesson.id) : store.peek(lesson.id) {
            case .loaded(var progress):
                if writer.isExclusive, let stopped = ReplayMarker.leftOver(at: store.replayMarkerPath(for: lesson.id)) {
                    if stopped.crashed {
                        setAsideCrashedLines(&progress, from: stopped.culprit, store: store, language: language, host: host)
                    } else {
                        _ = unlinkFile(store.replayMarkerPath(for: lesson.id))  // killed, not crashed: replay again
                    }
                }
                return resume(lesson: lesson, progress: progress, options: options, host: host)
            case .setAside(let reason, let movedTo):
                if writer.isExclusive { host.writeError(ProgressText.setAside(language, lesson.id, reason, movedTo) + "\n") }
            case .none:
                break
            }
        }
        var session = LessonSession(lesson: lesson, options: options)
        session.start(host: host)
        return session
    }

    /// Keeps the log before `index`, writes the whole saved progress to `<id>.json.crashed-N` and says so.
    static func setAsideCrashedLines(_ progress: inout LessonProgress, from index: Int, store: ProgressStore, language: String,
                                     host: some KubectlHost) {
        let marker = store.replayMarkerPath(for: progress.lessonID)
        guard index < progress.log.count else {
            _ = unlinkFile(marker)
            return
        }
        let base = store.path(for: progress.lessonID) + ".crashed-"
        var number = 1
        while fileExists(base + String(number)) { number += 1 }
        let target = base + String(number)
        do throws(DurableFile.Failure) {
            try DurableFile.replace(target, with: ProgressWriter.encode(ProgressSnapshot(generation: 0, progress: progress)))
        } catch {
            host.writeError(ProgressNotice.failed(file: target, reason: error.description).text(lessonID: progress.lessonID, language: language))
        }
        let line = progress.log[index].line
        let following = progress.log.count - index - 1
        progress.log.removeLast(progress.log.count - index)
        _ = unlinkFile(marker)
        host.writeError(ProgressText.replayCrashed(language, String(index + 1), line.isEmpty ? "…" : line, String(following), target) + "\n")
    }
}
