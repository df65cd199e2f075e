import Foundation

/// The writers a ``ProgressStore`` (and all its copies) opened, one per lesson, kept for the life of the
/// process: a tutor keeps the lock of every lesson it has saved until it exits.
final class ProgressWriterRegistry: @unchecked Sendable {
    private let mutex = NSLock()
    private var writers: [String: ProgressWriter] = [:]

    /// The lesson's writer, opened on first use.
    func writer(directory: String, lessonID: String, lockWaitMilliseconds: Int) -> ProgressWriter {
        mutex.lock()
        defer { mutex.unlock() }
        if let writer = writers[lessonID] { return writer }
        let writer = ProgressWriter(directory: directory, lessonID: lessonID, lockWaitMilliseconds: lockWaitMilliseconds)
        writers[lessonID] = writer
        return writer
    }

    /// Closes a lesson's writer (releasing its lock), for tests and for removing progress.
    func release(_ lessonID: String) {
        mutex.lock()
        defer { mutex.unlock() }
        writers[lessonID] = nil
    }
}
