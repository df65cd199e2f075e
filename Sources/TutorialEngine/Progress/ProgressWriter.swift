import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Saves one lesson's progress for this process: holds the lesson's lock and appends each save to the
/// journal, so that saving costs the same at line 20,000 as at line 1.
///
/// * The first save, a save after a failure, a save whose log is not the previous log plus new lines
///   (after `reset lesson`), and every ``ProgressLimits/compactionRecords``-th save write a new snapshot
///   and an empty journal, both atomically and durably (``DurableFile``).
/// * Other saves append one compact JSON record to the journal with a single `write` and `fsync` it, so a
///   kill at any moment leaves at most a torn last line, which ``ProgressReader`` ignores.
/// * When another process holds the lock (see ``ProgressStore``), the writer is read-only: it saves nothing
///   and says why (``shouldReport(_:)`` lets the caller say it once).
final class ProgressWriter: @unchecked Sendable {
    /// The lesson.
    let lessonID: String
    /// `<id>.json`.
    let snapshotPath: String
    /// `<id>.journal`.
    let journalPath: String

    // Everything below is guarded by `mutex`.
    private let mutex = NSLock()
    private let access: Access
    private var journal: Int32 = -1
    private var written: Written?
    private var records = 0
    private var journalBytes = 0
    private var reported: Set<NoticeKind> = []

    private enum Access {
        case exclusive(ProgressLock)
        case readOnly(holder: Int32?)
        case unavailable(DurableFile.Failure)
    }

    private enum NoticeKind: Hashable { case readOnly, failed, logFull }

    /// What the files hold after the last successful save.
    private struct Written {
        var count: Int
        var first: LoggedLine?
        var last: LoggedLine?
        var state: LessonProgress
    }

    /// Opens the lesson's progress in `directory`: creates the folder, takes the lock (waiting up to
    /// `lockWaitMilliseconds`), and removes temporary files a killed writer left.
    init(directory: String, lessonID: String, lockWaitMilliseconds: Int) {
        self.lessonID = lessonID
        snapshotPath = directory + "/" + lessonID + ".json"
        journalPath = directory + "/" + lessonID + ".journal"
        do throws(DurableFile.Failure) {
            try DurableFile.createFolder(directory)
        } catch {
            access = .unavailable(error)
            return
        }
        switch ProgressLock.acquire(directory + "/" + lessonID + ".lock", waitMilliseconds: lockWaitMilliseconds) {
        case .acquired(let lock):
            access = .exclusive(lock)
            DurableFile.removeTemporaryFiles(of: [lessonID + ".json", lessonID + ".journal"], in: directory)
        case .busy(let holder):
            access = .readOnly(holder: holder)
        case .failed(let failure):
            access = .unavailable(failure)
        }
    }

    deinit {
        if journal >= 0 { close(journal) }
    }

    /// Whether this process holds the lesson's lock.
    var isExclusive: Bool {
        if case .exclusive = access { return true }
        return false
    }

    /// Why this writer does not save (read-only or unusable), or nil when it can.
    var openingProblem: ProgressNotice? {
        switch access {
        case .exclusive: return nil
        case .readOnly(let holder): return .readOnly(holder: holder)
        case .unavailable(let failure): return .failed(file: snapshotPath, reason: failure.description)
        }
    }

    /// Whether `notice` should be shown now: true the first time for its kind, and again for a failure
    /// after a save succeeded in between.
    func shouldReport(_ notice: ProgressNotice) -> Bool {
        mutex.lock()
        defer { mutex.unlock() }
        let kind: NoticeKind
        switch notice {
        case .readOnly: kind = .readOnly
        case .failed: kind = .failed
        case .logFull: kind = .logFull
        }
        return reported.insert(kind).inserted
    }

    /// Saves `progress`; returns why it was not saved, or nil when it was.
    func save(_ progress: LessonProgress) -> ProgressNotice? {
        if let problem = openingProblem { return problem }
        mutex.lock()
        defer { mutex.unlock() }
        if progress.log.count > ProgressLimits.maximumLines { return .logFull }
        var state = progress
        state.log = []
        do throws(DurableFile.Failure) {
            if let written, written.count == progress.log.count, written.last == progress.log.last,
               written.first == progress.log.first, written.state == state {
                return nil
            }
            if let written, records < ProgressLimits.compactionRecords, journalBytes < ProgressLimits.compactionBytes,
               journal >= 0, progress.log.count >= written.count, written.count == 0
                || (progress.log[written.count - 1] == written.last && progress.log.first == written.first)
            {
                try append(JournalRecord(at: written.count, lines: Array(progress.log[written.count...]), state: state))
            } else {
                try writeSnapshot(progress)
            }
            written = Written(count: progress.log.count, first: progress.log.first, last: progress.log.last, state: state)
            reported.remove(.failed)
            return nil
        } catch {
            written = nil  // the next save writes a whole snapshot
            return .failed(file: snapshotPath, reason: error.description)
        }
    }

    /// Writes a new snapshot with a new generation, then an empty journal continuing it.
    private func writeSnapshot(_ progress: LessonProgress) throws(DurableFile.Failure) {
        let generation = UInt64.random(in: 1...UInt64.max)
        try DurableFile.replace(snapshotPath, with: Self.encode(ProgressSnapshot(generation: generation, progress: progress)))
        let header = Self.encode(JournalHeader(generation: generation)) + [UInt8(ascii: "\n")]
        if journal >= 0 {
            close(journal)
            journal = -1
        }
        try DurableFile.replace(journalPath, with: header)
        let descriptor = open(journalPath, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard descriptor >= 0 else { throw DurableFile.Failure(operation: "open " + journalPath, code: errno) }
        journal = descriptor
        records = 0
        journalBytes = header.count
    }

    /// Appends one record and flushes it to disk.
    private func append(_ record: JournalRecord) throws(DurableFile.Failure) {
        let bytes = Self.encode(record) + [UInt8(ascii: "\n")]
        CrashPoint.reached("append a journal record")
        let half = bytes.count / 2
        try DurableFile.writeAll(journal, bytes[0..<half], path: journalPath)
        CrashPoint.reached("journal record half written")
        try DurableFile.writeAll(journal, bytes[half...], path: journalPath)
        CrashPoint.reached("fsync the journal")
        guard fsync(journal) == 0 else { throw DurableFile.Failure(operation: "fsync " + journalPath, code: errno) }
        records += 1
        journalBytes += bytes.count
    }

    /// Compact JSON with sorted keys (no newlines: one value per journal line).
    static func encode(_ value: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding these plain structs cannot fail.
        return (try? Array(encoder.encode(value))) ?? Array("{}".utf8)
    }
}
