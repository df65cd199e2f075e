/// The program a container runs, as far as its log is concerned: a deterministic model of what the image's process
/// writes, and when, given what happened to the container.
///
/// Only the official nginx image is modelled (`NginxProgram`). Every other image writes nothing, and so does an
/// nginx container whose `command` replaces the image's entrypoint (it runs some other program).
enum ContainerProgram: Sendable, Equatable {
    /// The official nginx image's entrypoint and server.
    case nginx(NginxProgram)
    /// A program whose output is not modelled.
    case silent

    /// The program of a container running `image` (its `command`, if the spec sets one; an empty one keeps the
    /// image's entrypoint) in the pod `podName`.
    init(image: String, command: [String]?, podName: String) {
        if command?.isEmpty ?? true, NginxProgram.runs(image: image) {
            self = .nginx(NginxProgram(podName: podName))
        } else {
            self = .silent
        }
    }

    /// The lines the process has written by `now` during `instance`, oldest first. Lines only ever get added at the
    /// end as time passes, so a reader that follows the log can print what lies beyond the lines it has seen.
    func log(of instance: ContainerInstance, now: Timestamp) -> [LogLine] {
        let written: [LogLine]
        switch self {
        case .nginx(let nginx): written = nginx.lines(of: instance)
        case .silent: return []
        }
        // Nothing is written after the process exited, and nothing is there before its time has come.
        let end = min(now, instance.exitedAt ?? now)
        guard let first = written.firstIndex(where: { $0.time > end }) else { return written }
        return Array(written[..<first])
    }
}
