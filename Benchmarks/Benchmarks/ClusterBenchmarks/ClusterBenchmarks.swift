import Benchmark
import ClusterModel
import ClusterScenarios

/// ordo-one/package-benchmark suite for the simulated cluster.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal], maxDuration: .seconds(20), maxIterations: 10)


    for replicas in [1_000, 10_000] {
        Benchmark("apply \(replicas) replicas until Ready") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(Scenario.applyUntilReady(replicas: replicas))
            }
        }
        Benchmark("delete \(replicas) pods through termination") { benchmark in
            var cluster = Scenario.applyUntilReady(replicas: replicas)
            benchmark.startMeasurement()
            Scenario.deleteAllAndTerminate(&cluster)
            benchmark.stopMeasurement()
            blackHole(cluster)
        }
    }
}
