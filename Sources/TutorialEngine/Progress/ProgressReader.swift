import Foundation

/// Reads a lesson's progress from its snapshot and journal, tolerating what a killed writer leaves behind.
///
/// * A last journal line without its newline, or one that does not decode, is the write a killed process
///   did not finish: it is ignored.
/// * A journal whose header names another snapshot generation is left over from before the last
///   compaction (the snapshot already holds it): it is ignored.
/// * Anything else that does not decode — a broken snapshot, a broken line in the middle of the journal,
///   a file larger than ``ProgressLimits/maximumFileSize`` or holding more than
///   ``ProgressLimits/maximumLines`` lines — makes the progress unusable, with a reason in English.
struct ProgressReader: Sendable {
    /// The snapshot file.
    var snapshotPath: String
    /// The journal file.
    var journalPath: String
    /// The lesson id the progress must belong to.
    var lessonID: String

    /// What was read.
    enum Outcome: Hashable, Sendable {
        case none
        case loaded(LessonProgress, generation: UInt64)
        case unusable(String)
    }

    /// Reads both files.
    func read() -> Outcome {
        let snapshotBytes: [UInt8]
        do throws(DurableFile.ReadFailure) {
            guard let bytes = try DurableFile.read(snapshotPath, limit: ProgressLimits.maximumFileSize) else { return .none }
            snapshotBytes = bytes
        } catch {
            return .unusable(Self.describe(error))
        }
        let snapshot: ProgressSnapshot
        do {
            snapshot = try JSONDecoder().decode(ProgressSnapshot.self, from: Data(snapshotBytes))
        } catch {
            return .unusable("it is not a progress file (\(Self.describe(error)))")
        }
        if snapshot.progress.format != 1 { return .unusable("unknown format \(snapshot.progress.format)") }
        if snapshot.progress.lessonID != lessonID { return .unusable("it belongs to lesson '\(snapshot.progress.lessonID)'") }
        if snapshot.progress.log.count > ProgressLimits.maximumLines { return Self.tooManyLines(snapshot.progress.log.count) }
        let journalBytes: [UInt8]?
        do throws(DurableFile.ReadFailure) {
            journalBytes = try DurableFile.read(journalPath, limit: ProgressLimits.maximumFileSize)
        } catch {
            return .unusable("its journal: " + Self.describe(error))
        }
        guard let journalBytes else { return .loaded(snapshot.progress, generation: snapshot.generation) }
        return apply(journal: journalBytes, to: snapshot)
    }

    /// The snapshot with the journal's records applied.
    func apply(journal: [UInt8], to snapshot: ProgressSnapshot) -> Outcome {
        var lines = journal.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        // The part after the last newline is an unfinished write (empty when the file ends with one).
        lines.removeLast()
        let decoder = JSONDecoder()
        guard let first = lines.first, let header = try? decoder.decode(JournalHeader.self, from: Data(first)),
              header.generation == snapshot.generation
        else {
            return .loaded(snapshot.progress, generation: snapshot.generation)
        }
        var progress = snapshot.progress
        for (index, line) in lines.enumerated().dropFirst() {
            guard let record = try? decoder.decode(JournalRecord.self, from: Data(line)) else {
                if index == lines.count - 1 { break }  // a torn last write
                return .unusable("line \(index + 1) of its journal is not a progress record")
            }
            guard let next = record.applied(to: progress), next.lessonID == lessonID else {
                return .unusable("line \(index + 1) of its journal does not follow the lines before it")
            }
            if next.log.count > ProgressLimits.maximumLines { return Self.tooManyLines(next.log.count) }
            progress = next
        }
        return .loaded(progress, generation: snapshot.generation)
    }

    static func tooManyLines(_ count: Int) -> Outcome {
        .unusable("it holds \(count) lines, more than the limit of \(ProgressLimits.maximumLines)")
    }

    static func describe(_ failure: DurableFile.ReadFailure) -> String {
        switch failure {
        case .system(let failure): return failure.description
        case .tooLarge(let size):
            return "it is \(size) bytes, larger than the limit of \(ProgressLimits.maximumFileSize) bytes"
        }
    }

    static func describe(_ error: any Error) -> String {
        if let decoding = error as? DecodingError {
            switch decoding {
            case .dataCorrupted(let context): return context.debugDescription
            case .keyNotFound(let key, _): return "missing \(key.stringValue)"
            case .typeMismatch(_, let context): return "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
            case .valueNotFound(_, let context): return "missing value at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
            @unknown default: return "\(error)"
            }
        }
        return "\(error)"
    }
}
