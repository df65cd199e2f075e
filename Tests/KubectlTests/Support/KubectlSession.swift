import ClusterModel
import Kubectl

/// A cluster plus a buffered host: runs command lines the way the shell does and returns what they printed.
final class KubectlSession {
    var cluster: Cluster
    let host: BufferedKubectlHost

    init(seed: UInt64 = 42, files: [String: String] = [:], standardInput: String? = nil) {
        cluster = Cluster(seed: seed)
        host = BufferedKubectlHost(files: files, standardInput: standardInput)
    }

    /// What one command printed.
    struct Output: Equatable, CustomStringConvertible {
        var stdout: String
        var stderr: String
        var exitCode: Int32
        var combined: String
        var description: String { "exit \(exitCode)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
    }

    /// Runs one line (`kubectl …`, `k …`, or just the arguments), split with POSIX quoting.
    @discardableResult
    func run(_ line: String) -> Output {
        lastResult = nil
        var words = (try? ShellWords.split(line)) ?? []
        if words.first == "kubectl" || words.first == "k" { words.removeFirst() }
        host.clearOutput()
        let result = Kubectl.run(words, cluster: &cluster, host: host)
        lastResult = result
        return Output(stdout: host.standardOutput, stderr: host.standardError, exitCode: result.exitCode, combined: host.combinedOutput)
    }

    /// The result of the last `run`.
    private(set) var lastResult: KubectlResult?

    /// Names of the objects of a type in `default`, in list order.
    func names(_ type: ResourceType) -> [String] {
        cluster.list(type, namespace: "default").compactMap { $0["metadata"]["name"].string }
    }
}
