import Testing

@testable import ClusterModel

/// The kubelet's termination bookkeeping, kept for every terminating pod.
@Suite struct PodTerminationTests {
    /// 10,000 pods terminate at once in the benchmark: the sent-signal flag must not make the entries larger.
    @Test func recordStaysThreeWordsWide() {
        #expect(MemoryLayout<PodTermination>.stride == 24)
    }

    @Test func stopSignalIsMarkedSentOnlyWhenTheRuntimeSendsIt() throws {
        var cluster = try TerminationWalkthroughTests.readyCluster()
        let pod = try #require(TerminationWalkthroughTests.podNames(cluster).first)
        let key = ObjectKey(namespace: "default", name: pod)
        let deletedAt = cluster.now
        _ = try cluster.delete(.pods, namespace: "default", name: pod)
        cluster.advance(by: 1)
        // The walkthrough's preStop hook (sleep 180) outlasts the 120 s grace period: it will be cut off.
        #expect(cluster.kubelet.podTermination[key] == PodTermination(startedAt: deletedAt, stopAt: deletedAt.adding(seconds: 120), preStopCutOff: true))
        cluster.advance(by: 119)
        #expect(
            cluster.kubelet.podTermination[key]
                == PodTermination(startedAt: deletedAt, stopAt: deletedAt.adding(seconds: 120), stopSignalSent: true, preStopCutOff: true))
        cluster.advance(by: 5)
        let warnings = cluster.list(.events, namespace: "default").filter { $0["reason"] == "FailedPreStopHook" }
        #expect(warnings.map { [$0["type"], $0["message"], $0["involvedObject"]["fieldPath"]] } == [["Warning", "PreStopHook failed", "spec.containers{nginx}"]])
    }
}
