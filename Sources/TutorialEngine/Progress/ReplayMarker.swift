#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Records which saved line a resume is replaying, so that a line that crashes the program on replay is
/// set aside at the next start instead of crashing every resume.
///
/// While replaying, `<lesson-id>.replay` holds the index of the entry being replayed and whether virtual
/// time was being advanced up to it or the entry itself was running (one `pwrite` per entry, no `fsync`:
/// only a crash of the process matters, and the kernel keeps the write). A crash signal during the replay
/// adds a mark (``ReplayCrashHandler``). A clean replay deletes the file; finding it with the mark at the
/// next start, under the lesson's lock, means the replay crashed there; without the mark, that it was
/// killed or hung up, and the lines are simply replayed again.
final class ReplayMarker {
    /// The marker file.
    let path: String
    private let descriptor: Int32

    /// Where a replay stopped.
    struct Position: Hashable, Sendable {
        /// The index of the entry.
        var index: Int
        /// True when virtual time was passing before the entry (its predecessor's effects), false when the
        /// entry was running.
        var advancing: Bool

        /// Whether a crash signal marked the file (false when the replay was killed).
        var crashed = false

        /// The first entry to set aside: the one that ran, or the one whose effects were unfolding.
        var culprit: Int { advancing ? max(0, index - 1) : index }
    }

    /// Where the crash mark goes, after the 15-byte position line.
    static let crashOffset = 15

    /// Starts a marker and installs the crash handler (nil when the file cannot be written: replay then
    /// runs unguarded).
    init?(path: String, handlingCrashes: Bool = true) {
        let descriptor = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return nil }
        self.path = path
        self.descriptor = descriptor
        self.handlesCrashes = handlingCrashes
        if handlingCrashes { ReplayCrashHandler.install(descriptor: descriptor) }
    }

    private let handlesCrashes: Bool

    deinit {
        if handlesCrashes { ReplayCrashHandler.remove() }
        close(descriptor)
    }

    /// Marks the replay as crashed, as ``ReplayCrashHandler`` does (for tests).
    func markCrashed() {
        var mark = UInt8(ascii: "c")
        _ = pwrite(descriptor, &mark, 1, off_t(Self.crashOffset))
    }

    /// Records the position (a fixed-width line, rewritten in place).
    func record(_ position: Position) {
        let digits = String(position.index)
        let text = String(repeating: "0", count: max(0, 12 - digits.count)) + digits + (position.advancing ? " a\n" : " r\n")
        _ = Array(text.utf8).withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }

    /// The replay finished: removes the file and the crash handler.
    func finish() {
        if handlesCrashes { ReplayCrashHandler.remove() }
        unlink(path)
    }

    /// The position a dead replay left in `path`, or nil when there is no (readable) marker.
    static func leftOver(at path: String) -> Position? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 16)
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard count >= 15, let index = Int(String(decoding: buffer[0..<12], as: UTF8.self)) else { return nil }
        return Position(index: index, advancing: buffer[13] == UInt8(ascii: "a"), crashed: count == 16 && buffer[15] == UInt8(ascii: "c"))
    }
}
