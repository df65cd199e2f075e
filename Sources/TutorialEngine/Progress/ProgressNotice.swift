/// Something about saving that the learner must be told (each kind once per lesson and process).
enum ProgressNotice: Hashable, Sendable {
    /// Another tutor holds the lesson's lock; this one does not save.
    case readOnly(holder: Int32?)
    /// Writing failed; the reason from the system.
    case failed(file: String, reason: String)
    /// The log reached ``ProgressLimits/maximumLines``.
    case logFull

    /// The text in `language`, ending with a newline.
    func text(lessonID: String, language: String) -> String {
        switch self {
        case .readOnly(let holder):
            return ProgressText.readOnly(language, lessonID, holder.map(String.init) ?? "?") + "\n"
        case .failed(let file, let reason):
            return ProgressText.saveFailed(language, file, reason) + "\n"
        case .logFull:
            return ProgressText.logFull(language, Self.grouped(ProgressLimits.maximumLines)) + "\n"
        }
    }

    /// A count with thousands separators (`50,000`).
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = value < 0 ? "-" : ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return out
    }
}
