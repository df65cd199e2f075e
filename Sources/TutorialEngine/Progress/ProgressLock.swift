#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An advisory lock on a lesson's progress: `flock` on `<lesson-id>.lock`, held until the owner is released
/// or the process ends (the kernel drops it even after kill -9).
///
/// The lock file is never deleted (deleting a lock file lets two processes lock different files); it holds
/// the process id of the last holder, for the message a second tutor shows.
final class ProgressLock: Sendable {
    /// The lock file.
    let path: String
    private let descriptor: Int32

    /// Whether this process holds the lock.
    var isHeld: Bool { descriptor >= 0 }

    /// The outcome of trying to lock.
    enum Attempt: Sendable {
        case acquired(ProgressLock)
        /// Another process holds it; its process id when the lock file names one.
        case busy(holder: Int32?)
        case failed(DurableFile.Failure)
    }

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Tries to take the lock, retrying every 50 ms for up to `waitMilliseconds`.
    static func acquire(_ path: String, waitMilliseconds: Int) -> Attempt {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return .failed(DurableFile.Failure(operation: "open " + path, code: errno)) }
        var waited = 0
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR { continue }
            guard code == EWOULDBLOCK else {
                close(descriptor)
                return .failed(DurableFile.Failure(operation: "flock " + path, code: code))
            }
            if waited >= waitMilliseconds {
                let holder = holderID(descriptor)
                close(descriptor)
                return .busy(holder: holder)
            }
            usleep(50_000)
            waited += 50
        }
        let text = Array((String(getpid()) + "\n").utf8)
        if ftruncate(descriptor, 0) == 0 {
            _ = text.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        }
        return .acquired(ProgressLock(path: path, descriptor: descriptor))
    }

    /// The process id written in an open lock file.
    private static func holderID(_ descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        let text = String(decoding: buffer[0..<count].filter { $0 >= 48 && $0 <= 57 }, as: UTF8.self)
        return Int32(text)
    }
}
