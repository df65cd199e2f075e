import Testing

@testable import ClusterModel

@Suite struct ContainsBytesTests {
    @Test func findsByteSequences() {
        #expect("ReplicaSet \"web-5d8f\" is progressing.".containsBytes(of: "\"web-5d8f\""))
        #expect(!"ReplicaSet \"web-5d8f\" is progressing.".containsBytes(of: "\"web-5d8\""))
        #expect("abc".containsBytes(of: ""))
        #expect("abc".containsBytes(of: "abc"))
        #expect(!"ab".containsBytes(of: "abc"))
        #expect("aaab".containsBytes(of: "aab"))
        #expect("für \"x\"".containsBytes(of: "\"x\""))
    }
}
