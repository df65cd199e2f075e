import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Saves lesson progress in a folder, crash-safely and in constant time per typed line.
///
/// Each lesson has up to four files in ``directory``:
/// * `<id>.json`, the snapshot: the whole ``LessonProgress`` as compact JSON (see ``ProgressSnapshot``);
/// * `<id>.journal`, the journal: one compact JSON record per save since the snapshot (``JournalRecord``);
/// * `<id>.lock`, locked with `flock` by the one tutor that may write the lesson;
/// * `<id>.replay`, present only while a resume replays the log (``ReplayMarker``).
///
/// Guarantees (also in docs/files.md):
/// * **Atomic and durable.** Snapshots replace the old file through a temporary file, `fsync`, `rename`
///   and an `fsync` of the folder; journal records are appended with one `write` and an `fsync`. A process
///   killed at any point leaves files that load: at worst the last line typed is lost.
/// * **Two tutors.** The first tutor that saves a lesson holds its lock until it exits. A second tutor on
///   the same lesson (waiting up to ``lockWaitMilliseconds`` for the lock) resumes from what was saved and
///   can go on, but is read-only: it says so once and saves nothing, so it never overwrites the other's
///   progress. Listings read without the lock.
/// * **Tolerant and bounded.** A torn last journal line is ignored; a file that does not decode, is larger
///   than ``ProgressLimits/maximumFileSize`` or holds more than ``ProgressLimits/maximumLines`` lines is set
///   aside (renamed to `<file>.corrupt-N`) and the lesson starts fresh; the process never crashes on it.
public struct ProgressStore: Hashable, Sendable {
    /// The folder holding the files.
    public var directory: String
    /// How long a tutor waits for another tutor's lock before going read-only (1 s).
    public var lockWaitMilliseconds = 1000
    let writers = ProgressWriterRegistry()

    /// A store in `directory` (created on first save).
    public init(directory: String) { self.directory = directory }

    public static func == (left: ProgressStore, right: ProgressStore) -> Bool { left.directory == right.directory }

    public func hash(into hasher: inout Hasher) { hasher.combine(directory) }

    /// `$XDG_STATE_HOME/k8s-tutor/progress`, falling back to `~/.local/state/k8s-tutor/progress`.
    public static func defaultDirectory(environment: [String: String]) -> String {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/k8s-tutor/progress"
        }
        let home = environment["HOME"] ?? "."
        return home + "/.local/state/k8s-tutor/progress"
    }

    /// The snapshot file of a lesson.
    public func path(for lessonID: String) -> String { directory + "/" + lessonID + ".json" }

    /// The journal file of a lesson.
    public func journalPath(for lessonID: String) -> String { directory + "/" + lessonID + ".journal" }

    /// The replay marker of a lesson.
    func replayMarkerPath(for lessonID: String) -> String { directory + "/" + lessonID + ".replay" }

    /// This process's writer for a lesson (taking the lesson's lock on first use).
    func writer(for lessonID: String) -> ProgressWriter {
        writers.writer(directory: directory, lessonID: lessonID, lockWaitMilliseconds: lockWaitMilliseconds)
    }

    /// Reads a lesson's progress. Progress that cannot be used is renamed to `<id>.json.corrupt-N` (its
    /// journal to `<id>.journal.corrupt-N`) and reported.
    public func load(_ lessonID: String) -> ProgressLoadResult {
        let reader = ProgressReader(snapshotPath: path(for: lessonID), journalPath: journalPath(for: lessonID), lessonID: lessonID)
        switch reader.read() {
        case .none: return .none
        case .loaded(let progress, _): return .loaded(progress)
        case .unusable(let reason):
            guard let target = setAside(lessonID) else {
                return .setAside(reason: reason + "; it could not be renamed either", movedTo: path(for: lessonID))
            }
            return .setAside(reason: reason, movedTo: target)
        }
    }

    /// Reads a lesson's progress without setting anything aside and without the lock (for listings).
    public func peek(_ lessonID: String) -> ProgressLoadResult {
        let reader = ProgressReader(snapshotPath: path(for: lessonID), journalPath: journalPath(for: lessonID), lessonID: lessonID)
        switch reader.read() {
        case .none: return .none
        case .loaded(let progress, _): return .loaded(progress)
        case .unusable: return .setAside(reason: "unreadable", movedTo: path(for: lessonID))
        }
    }

    /// Saves a lesson's progress (see the type's guarantees); throws when it was not saved.
    public func save(_ progress: LessonProgress) throws(ProgressSaveError) {
        if let notice = writer(for: progress.lessonID).save(progress) { throw ProgressSaveError(notice: notice) }
    }

    /// Deletes a lesson's progress and releases this process's lock on it.
    public func remove(_ lessonID: String) {
        writers.release(lessonID)
        unlink(path(for: lessonID))
        unlink(journalPath(for: lessonID))
    }

    /// Moves the snapshot and journal to the first free `.corrupt-N` names; returns the snapshot's new path.
    func setAside(_ lessonID: String) -> String? {
        let file = path(for: lessonID)
        let journal = journalPath(for: lessonID)
        var index = 1
        while access(file + ".corrupt-\(index)", F_OK) == 0 || access(journal + ".corrupt-\(index)", F_OK) == 0 {
            index += 1
        }
        let fileExists = access(file, F_OK) == 0
        let journalExists = access(journal, F_OK) == 0
        guard fileExists || journalExists else { return nil }
        if fileExists && rename(file, file + ".corrupt-\(index)") != 0 { return nil }
        if journalExists && rename(journal, journal + ".corrupt-\(index)") != 0 { return nil }
        try? DurableFile.syncFolder(of: file)
        return fileExists ? file + ".corrupt-\(index)" : journal + ".corrupt-\(index)"
    }
}
