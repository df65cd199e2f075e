import ClusterModel
import ClusterScenarios

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Plain timings of the scenarios with ContinuousClock: medians over repetitions, peak RSS from /proc.
func median(_ values: [Duration]) -> Duration { values.sorted()[values.count / 2] }

func milliseconds(_ duration: Duration) -> String {
    let (seconds, attoseconds) = duration.components
    let ms = Double(seconds) * 1000 + Double(attoseconds) / 1e15
    return String(Int(ms.rounded())) + " ms"
}

func peakRSS() -> String {
    #if canImport(Glibc)
        guard let file = fopen("/proc/self/status", "r") else { return "?" }
        defer { fclose(file) }
        var buffer = [CChar](repeating: 0, count: 512)
        while fgets(&buffer, 512, file) != nil {
            let line = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if line.hasPrefix("VmHWM:") { return line.dropFirst(6).split(separator: " ").joined(separator: " ").trimmingSuffix() }
        }
    #endif
    return "?"
}

extension String {
    func trimmingSuffix() -> String {
        var text = self
        while text.last == "\n" || text.last == " " { text.removeLast() }
        return text
    }
}

let clock = ContinuousClock()
// `--digest`: also print a digest of each size's first run's change feed (after the timings: rendering the feed
// costs memory that would otherwise count in the peak RSS).
let printDigest = CommandLine.arguments.contains("--digest")
let arguments = CommandLine.arguments.dropFirst().filter { !$0.hasPrefix("--") }
var digests: [String] = []
let repetitions = Int(arguments.first ?? "5") ?? 5
// Optional second argument: the replica counts, comma-separated (default 1000,10000), e.g. to count one size's
// instructions under callgrind.
let sizes = arguments.dropFirst().first.map { $0.split(separator: ",").compactMap { Int($0) } } ?? [1_000, 10_000]
/// Times `repetitions` runs of applying a scenario (`apply`, given the seed) and then deleting every pod of it, and
/// prints the medians and minimums under `label`. The cluster is created and torn down outside the measured spans:
/// freeing tens of thousands of objects is not part of applying or deleting.
@MainActor func timeScenario(_ label: String, pods: Int, apply: (UInt64) -> Cluster, digestPrefix: String? = nil) {
    var applyTimes: [Duration] = []
    var deleteTimes: [Duration] = []
    for repetition in 0..<repetitions {
        var cluster: Cluster? = nil
        applyTimes.append(clock.measure { cluster = apply(UInt64(repetition)) })
        deleteTimes.append(clock.measure { Scenario.deleteAllAndTerminate(&cluster!) })
        precondition(cluster!.names(.pods, namespace: "default").count == pods)
        if repetition == 0, let digestPrefix {
            digests.append("\(digestPrefix): \(cluster!.lastSequence) changes, feed digest \(Scenario.digest(of: cluster!))")
        }
        cluster = nil
    }
    print(
        "\(label): apply+ready median \(milliseconds(median(applyTimes))) (min \(milliseconds(applyTimes.min()!))), "
            + "delete+terminate median \(milliseconds(median(deleteTimes))) (min \(milliseconds(deleteTimes.min()!))) (\(repetitions) runs)")
}

for replicas in sizes {
    timeScenario(
        "replicas \(replicas)", pods: replicas, apply: { Scenario.applyUntilReady(replicas: replicas, seed: $0) },
        digestPrefix: printDigest ? "replicas \(replicas)" : nil)
}
// The many-Services shape: 100 Deployments of 100 replicas, each behind its own Service (10,000 pods in all). Runs
// by default; with explicit sizes only when `--many-services` is given (so that counting one size's instructions
// counts nothing else).
if arguments.count < 2 || CommandLine.arguments.contains("--many-services") {
    timeScenario("100 Services x 100 replicas", pods: 10_000, apply: { Scenario.applyManyServices(services: 100, replicas: 100, seed: $0) })
}
print("peak RSS: \(peakRSS())")
for line in digests { print(line) }
