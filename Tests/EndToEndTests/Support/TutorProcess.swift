import Foundation

/// Finds the `k8s-tutor` process a test started, so the test can signal it directly.
///
/// A test's tutor runs under `script`, a child of the test process; several tests run at once, so the
/// tutor is recognised by its own `XDG_STATE_HOME` (unique per test) among this process's descendants.
/// Only processes this test started are ever matched.
enum TutorProcess {
    /// The tutor whose `XDG_STATE_HOME` is `stateHome`, polling every 20 ms until `timeout`.
    static func find(stateHome: String, timeout: Duration = .seconds(10)) throws -> pid_t {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        while ContinuousClock.now < deadline {
            if let pid = descendants(of: getpid()).first(where: { isTutor($0, stateHome: stateHome) }) { return pid }
            usleep(20_000)
        }
        throw PTYSession.Failure(description: "no k8s-tutor with XDG_STATE_HOME=\(stateHome) among this test's processes")
    }

    /// Whether `pid` still runs (a zombie counts as gone).
    static func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return false }
        guard let close = stat.lastIndex(of: ")") else { return false }
        return !stat[close...].hasPrefix(") Z")
    }

    /// Waits until `pid` has ended, polling every 20 ms.
    static func waitUntilGone(_ pid: pid_t, timeout: Duration = .seconds(15)) throws {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        while isRunning(pid) {
            if ContinuousClock.now >= deadline { throw PTYSession.Failure(description: "k8s-tutor \(pid) did not end") }
            usleep(20_000)
        }
    }

    private static func descendants(of pid: pid_t) -> [pid_t] {
        let children = ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []).flatMap { task in
            ((try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/children", encoding: .utf8)) ?? "")
                .split(separator: " ").compactMap { pid_t($0) }
        }
        return children + children.flatMap(descendants(of:))
    }

    private static func isTutor(_ pid: pid_t, stateHome: String) -> Bool {
        guard let name = try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8),
              name.hasPrefix("k8s-tutor"),
              let environment = FileManager.default.contents(atPath: "/proc/\(pid)/environ")
        else { return false }
        return environment.split(separator: 0).contains { Array($0) == Array("XDG_STATE_HOME=\(stateHome)".utf8) }
    }
}
