import Testing

@testable import ClusterModel

@Suite struct IPv4FormattingTests {
    @Test func addressesMatchInterpolation() {
        for (a, b, c, d) in [(10, 244, 0, 2), (172, 18, 0, 2), (0, 0, 0, 0), (255, 255, 255, 255), (10, 244, 9, 99), (1, 20, 100, 254), (300, 1, 2, 3)] {
            #expect(Cluster.ipv4(a, b, c, d) == "\(a).\(b).\(c).\(d)")
        }
        #expect(Cluster.nodeIP(0) == "172.18.0.2")
    }
}
