import Testing

@testable import Kubectl

/// The alias check that runs before Yams composes a text (``YAMLAliasBudget/precheck(_:)``).
@Suite struct AliasPrecheckTests {
    @Test func ordinaryAnchorsPassThePrecheck() throws {
        let manifest = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels: &l {app: web}\n  annotations: *l\ndata:\n  a: '*not an alias'\n  b: \"&nor an anchor\"\n"
        try YAMLAliasBudget.precheck(manifest)
        let bomb = (0..<12).map { level in level == 0 ? "a0: &a0 [x, x]" : "a\(level): &a\(level) [*a\(level - 1), *a\(level - 1), *a\(level - 1), *a\(level - 1)]" }
            .joined(separator: "\n")
        #expect(throws: YAMLAliasBudget.Exceeded.self) { try YAMLAliasBudget.precheck(bomb) }
    }
}
