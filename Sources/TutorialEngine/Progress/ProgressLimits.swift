/// The bounds that keep saving and resuming a lesson fast and its memory small.
public enum ProgressLimits {
    /// The most typed lines a lesson's progress keeps. Lines beyond it still run but are not saved
    /// (the learner is told once), and a file holding more is set aside instead of being replayed.
    public static let maximumLines = 50_000
    /// The largest snapshot or journal file read, in bytes; larger files are set aside.
    public static let maximumFileSize = 16 << 20
    /// The journal is folded into a new snapshot after this many records…
    static let compactionRecords = 500
    /// …or this many bytes.
    static let compactionBytes = 1 << 20
}
