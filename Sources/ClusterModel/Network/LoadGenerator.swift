/// A load generator on the virtual clock (`traffic start`): one request every `interval` seconds to a target, from a
/// node's network, with what became of each counted per serving pod and per kind of failure.
public struct LoadGenerator: Sendable, Equatable {
    /// Where the requests go (a Service name or an address) and the port.
    public var target: String
    public var port: Int
    public var path: String
    /// Seconds between requests.
    public var interval: Double
    /// The namespace whose DNS search path resolves the target, and the node the requests come from.
    public var namespace: String
    public var clientNode: String
    public var startedAt: Timestamp
    /// Which start this is (a stopped generator's scheduled tick is ignored).
    var generation: Int

    /// One request's outcome.
    public struct Sample: Sendable, Equatable {
        public var time: Timestamp
        /// The pod that answered, or nil for a failed request.
        public var servedBy: String?
        /// The HTTP status, or the failure (`refused`, `timeout`, `unresolved`).
        public var result: String
    }

    /// Every request so far, oldest first (at most `maximumSamples`; totals count all).
    public private(set) var samples: [Sample] = []
    /// Requests answered by each pod since the start.
    public private(set) var servedByPod: [String: Int] = [:]
    /// Failures of each kind since the start.
    public private(set) var failures: [String: Int] = [:]
    public private(set) var total = 0

    static let maximumSamples = 20_000

    init(target: String, port: Int, path: String, interval: Double, namespace: String, clientNode: String, startedAt: Timestamp, generation: Int) {
        self.target = target
        self.port = port
        self.path = path
        self.interval = interval
        self.namespace = namespace
        self.clientNode = clientNode
        self.startedAt = startedAt
        self.generation = generation
    }

    /// Counts one request's outcome.
    mutating func record(_ outcome: RequestOutcome, at time: Timestamp) {
        total += 1
        let sample: Sample
        switch outcome {
        case .response(let response):
            servedByPod[response.servedBy, default: 0] += 1
            sample = Sample(time: time, servedBy: response.servedBy, result: String(response.status))
        case .refused:
            sample = Sample(time: time, servedBy: nil, result: "refused")
        case .timedOut:
            sample = Sample(time: time, servedBy: nil, result: "timeout")
        case .unresolved:
            sample = Sample(time: time, servedBy: nil, result: "unresolved")
        }
        if sample.servedBy == nil { failures[sample.result, default: 0] += 1 }
        samples.append(sample)
        if samples.count > LoadGenerator.maximumSamples { samples.removeFirst(LoadGenerator.maximumSamples / 10) }
    }

    /// All failed requests since the start.
    public var failed: Int { failures.values.reduce(0, +) }

    /// The samples of the last `seconds` before `now`.
    public func recent(_ seconds: Double, now: Timestamp) -> ArraySlice<Sample> {
        let since = now.adding(seconds: -seconds)
        let first = samples.lastIndex { $0.time <= since }.map { $0 + 1 } ?? samples.startIndex
        return samples[first...]
    }
}
