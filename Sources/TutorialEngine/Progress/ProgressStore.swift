import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Saves lesson progress as one JSON file per lesson, `<directory>/<lesson-id>.json`, written atomically
/// (a temporary file renamed over the old one). Unreadable files are set aside, never fatal.
public struct ProgressStore: Hashable, Sendable {
    /// The folder holding the files.
    public var directory: String

    /// A store in `directory` (created on first save).
    public init(directory: String) { self.directory = directory }

    /// `$XDG_STATE_HOME/k8s-tutor/progress`, falling back to `~/.local/state/k8s-tutor/progress`.
    public static func defaultDirectory(environment: [String: String]) -> String {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/k8s-tutor/progress"
        }
        let home = environment["HOME"] ?? "."
        return home + "/.local/state/k8s-tutor/progress"
    }

    /// The file of a lesson.
    public func path(for lessonID: String) -> String { directory + "/" + lessonID + ".json" }

    /// Reads a lesson's progress. A file that is not valid progress for this lesson is renamed to
    /// `<id>.json.corrupt-N` and reported.
    public func load(_ lessonID: String) -> ProgressLoadResult {
        let file = path(for: lessonID)
        guard let data = FileManager.default.contents(atPath: file) else { return .none }
        let reason: String
        do {
            let progress = try JSONDecoder().decode(LessonProgress.self, from: data)
            if progress.format != 1 {
                reason = "unknown format \(progress.format)"
            } else if progress.lessonID != lessonID {
                reason = "it belongs to lesson '\(progress.lessonID)'"
            } else {
                return .loaded(progress)
            }
        } catch {
            reason = "it is not a progress file (\(Self.describe(error)))"
        }
        var index = 1
        while FileManager.default.fileExists(atPath: "\(file).corrupt-\(index)") { index += 1 }
        let target = "\(file).corrupt-\(index)"
        do {
            try FileManager.default.moveItem(atPath: file, toPath: target)
        } catch {
            return .setAside(reason: reason + "; it could not be renamed either", movedTo: file)
        }
        return .setAside(reason: reason, movedTo: target)
    }

    /// Reads a lesson's progress without setting anything aside (for listings).
    public func peek(_ lessonID: String) -> ProgressLoadResult {
        guard let data = FileManager.default.contents(atPath: path(for: lessonID)) else { return .none }
        guard let progress = try? JSONDecoder().decode(LessonProgress.self, from: data), progress.lessonID == lessonID else {
            return .setAside(reason: "unreadable", movedTo: path(for: lessonID))
        }
        return .loaded(progress)
    }

    /// Writes a lesson's progress atomically.
    public func save(_ progress: LessonProgress) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(progress)
        let file = path(for: progress.lessonID)
        let temporary = "\(directory)/.\(progress.lessonID).json.tmp-\(ProcessInfo.processInfo.processIdentifier)"
        guard FileManager.default.createFile(atPath: temporary, contents: data) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temporary])
        }
        guard rename(temporary, file) == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file])
        }
    }

    /// Deletes a lesson's progress (after `reset lesson` the session writes a fresh file).
    public func remove(_ lessonID: String) {
        try? FileManager.default.removeItem(atPath: path(for: lessonID))
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
