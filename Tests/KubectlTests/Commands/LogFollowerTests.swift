import ClusterModel
import Testing

@testable import Kubectl

/// `logs -f`'s reader: what it prints at each read and when its stream ends.
@Suite struct LogFollowerTests {
    @Test func printsOnlyNewLinesAndEndsWhenThePodGoes() throws {
        let session = KubectlSession(files: Fixtures.files)
        session.run("apply -f pod-with-graceful-termination.yaml")
        session.run("rollout status deployment/nginx-deployment")
        let pod = session.names(.pods)[0]
        let uid = session.cluster.object(.pods, namespace: "default", name: pod)?["metadata"]["uid"].string
        var follower = LogFollower(namespace: "default", pod: pod, uid: uid, container: "nginx", since: nil, printed: 0)
        var printed: [LogLine] = []
        #expect(!follower.readOn(session.cluster) { printed.append($0) })
        #expect(printed.count == 17)
        #expect(!follower.readOn(session.cluster) { printed.append($0) })
        #expect(printed.count == 17)
        session.run("delete pod \(pod) --wait=false")
        session.cluster.advance(by: 120)
        #expect(!follower.readOn(session.cluster) { printed.append($0) })
        #expect(printed.count == 20)
        #expect(printed.suffix(3).map { String($0.text.drop { $0 != "[" }) } == [
            "[notice] 1#1: signal 3 (SIGQUIT) received, shutting down", "[notice] 1#1: signal 17 (SIGCHLD) received", "[notice] 1#1: exit",
        ])
        session.cluster.advance(by: 1)
        #expect(follower.readOn(session.cluster) { printed.append($0) })
        #expect(printed.count == 20)
    }

    @Test func aNewPodOfTheSameNameEndsTheStream() {
        let session = KubectlSession(files: Fixtures.files)
        session.run("apply -f pod-with-graceful-termination.yaml")
        session.run("rollout status deployment/nginx-deployment")
        let pod = session.names(.pods)[0]
        var follower = LogFollower(namespace: "default", pod: pod, uid: "another-uid", container: "nginx", since: nil, printed: 0)
        var printed: [LogLine] = []
        #expect(follower.readOn(session.cluster) { printed.append($0) })
        #expect(printed.isEmpty)
    }
}
