import ClusterModel
import Foundation
import Kubectl
import LineEditor
import Sandbox

/// The kubectl host of the shell: output to the shell's sink, and a policy for how virtual time passes
/// while a command blocks.
///
/// In script mode time jumps from one scheduled cluster event to the next, so transcripts are deterministic;
/// a blocking command waits at most `cap` virtual seconds (an hour by default), after which `get -w` and
/// `logs -f` end as if the server had closed the stream. On a terminal virtual time follows the wall clock
/// at the clock's speed, and Ctrl-C stops the waiting.
final class ShellHost: KubectlHost {
    /// How time passes while a command blocks.
    enum TimePolicy {
        case jumpToEvents(cap: Double)
        case followWallClock(ClockSettings, WallClock)
    }

    let sink: any OutputSink
    let policy: TimePolicy
    var isTerminal: Bool {
        if case .followWallClock = policy { return true }
        return false
    }

    /// The language of our own messages (kubectl's stay as kubectl prints them): `en` or `zh-CN`.
    let language: String

    init(sink: any OutputSink, policy: TimePolicy, language: String = "en") {
        self.sink = sink
        self.policy = policy
        self.language = language
    }

    /// Whether Ctrl-C arrived during the command: busy work (a long apply or delete) stops at once. The shell
    /// consumes the flag before the next line.
    var interruptRequested: Bool { InterruptFlag.isRaised }

    /// In script mode, the longest a watch runs (virtual seconds); on a terminal the learner ends it with Ctrl-C.
    var watchLimit: Double? {
        if case .jumpToEvents(let cap) = policy { return cap }
        return nil
    }

    func write(_ text: String) { sink.write(text) }
    func writeError(_ text: String) { sink.writeError(text) }
    func readFile(_ path: String) throws(KubectlFileError) -> String { throw .notFound(path) }
    func listDirectory(_ path: String) throws(KubectlFileError) -> [String]? { throw .notFound(path) }
    func readStandardInput() -> String? { nil }

    /// On a terminal, `kubectl edit` runs the user's own editor (``TerminalEditor``); script mode runs none. The
    /// virtual clock stands still while the editor is open: the command's time is the time it started.
    func editInteractively(_ contents: String, fileExtension: String) -> EditorResult {
        guard isTerminal else { return .unavailable }
        return TerminalEditor(environment: ProcessInfo.processInfo.environment).edit(contents, fileExtension: fileExtension)
    }

    func discardEditedFile(_ path: String) { TerminalEditor.discard(path) }

    func passTime<Client: ClusterClient>(_ cluster: inout Client, deadline: Timestamp?, stop: (Client) -> Bool, progress: (Client) -> Void) -> TimeOutcome {
        switch policy {
        case .jumpToEvents(let cap):
            return EventJumping.passTime(&cluster, deadline: deadline, cap: cap, stop: stop, progress: progress)
        case .followWallClock(let clock, let wallClock):
            return followWallClock(&cluster, clock: clock, wallClock: wallClock, deadline: deadline, stop: stop, progress: progress)
        }
    }

    /// Waits in real time, advancing the cluster by the elapsed time × the clock's speed, until `stop` holds,
    /// the deadline passes or Ctrl-C arrives.
    private func followWallClock<Client: ClusterClient>(
        _ cluster: inout Client, clock: ClockSettings, wallClock: WallClock, deadline: Timestamp?,
        stop: (Client) -> Bool, progress: (Client) -> Void
    ) -> TimeOutcome {
        var last = wallClock.seconds()
        while true {
            if stop(cluster) { return .stopped }
            if let deadline, cluster.now >= deadline { return .deadlineReached }
            if clock.paused && cluster.nextEventTime == nil && deadline == nil { return .idle }
            // Sleep until the next scheduled change (in real time), but wake often enough for Ctrl-C.
            var waitSeconds = 0.1
            if let next = cluster.nextEventTime, !clock.paused {
                waitSeconds = min(waitSeconds, max(0.005, next.seconds(since: cluster.now) / clock.speed))
            }
            if InputWait.wait(milliseconds: Int(waitSeconds * 1000), watchingInput: false) == .interrupted
                || InterruptFlag.consume()
            {
                _ = InterruptFlag.consume()
                // The terminal echoed ^C; end its line as a shell would before the next output.
                sink.write("\n")
                return .interrupted
            }
            let now = wallClock.seconds()
            var elapsed = (now - last) * clock.speed
            last = now
            if clock.paused {
                // A paused clock still lets blocking commands finish: jump to the next event.
                guard let next = cluster.nextEventTime else { continue }
                elapsed = max(0, next.seconds(since: cluster.now))
            }
            if let deadline { elapsed = min(elapsed, max(0, deadline.seconds(since: cluster.now))) }
            let sequence = cluster.lastSequence
            cluster.advance(by: elapsed)
            if cluster.lastSequence != sequence { progress(cluster) }
        }
    }
}
