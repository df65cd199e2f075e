import Testing

@testable import ClusterModel

/// Which references a pull finds, and the errors of those it does not.
@Suite struct ImageCatalogTests {
    func found(_ image: String) -> Bool {
        if case .found = ImageCatalog.pull(image) { return true }
        return false
    }

    @Test func releasedTagsAreFoundAndTyposAreNot() {
        for image in ["nginx", "nginx:1.14.2", "nginx:1.29.3-alpine", "docker.io/library/nginx:stable", "busybox:1.36", "alpine:3.20",
                      "registry.k8s.io/pause:3.10", "k8s.gcr.io/echoserver:1.4", "gcr.io/google-samples/kubernetes-bootcamp:v1"] {
            #expect(found(image), "\(image)")
        }
        for image in ["nginx:1.161", "nginx:2.0", "nginx:latests", "busybox:9", "nosuchimage", "example.com/app:1"] {
            #expect(!found(image), "\(image)")
        }
    }

    @Test func theFailuresCarryContainerdsWords() {
        guard case .failed(let typo) = ImageCatalog.pull("nginx:1.161"), case .failed(let unknown) = ImageCatalog.pull("nosuchimage") else {
            Issue.record("both fail")
            return
        }
        #expect(typo.message == #"rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:1.161": failed to resolve reference "docker.io/library/nginx:1.161": docker.io/library/nginx:1.161: not found"#)
        #expect(unknown.message.hasPrefix(#"failed to pull and unpack image "docker.io/library/nosuchimage:latest": failed to resolve reference"#))
        #expect(unknown.message.hasSuffix("pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed"))
    }

    @Test func theBackOffDoublesToFiveMinutesAndResets() {
        var backOff = BackOff()
        let t0 = Timestamp(seconds: 1_000)
        #expect(backOff.next("k", now: t0) == 10)
        #expect(backOff.next("k", now: t0.adding(seconds: 20)) == 20)
        var delay = 0.0
        for step in 2...8 { delay = backOff.next("k", now: t0.adding(seconds: Double(step) * 30)) }
        #expect(delay == 300)
        #expect(300.0.goDuration == "5m0s" && 80.0.goDuration == "1m20s" && 10.0.goDuration == "10s")
        #expect(backOff.isInBackOff("k", since: t0.adding(seconds: 240), now: t0.adding(seconds: 300)))
        #expect(backOff.next("k", now: t0.adding(seconds: 2000)) == 10)
    }
}
