import FuzzTargets
import Testing

/// What the fuzz targets found, each input kept in `Fuzz/Corpus/<target>/crash-*` and its answer pinned here.
@Suite struct FuzzFindingTests {
    /// The input of a finding, read from the committed corpus.
    private func input(_ target: FuzzTarget, _ name: String) throws -> [UInt8] {
        try #require(try FuzzCorpus.inputs(target).first { $0.name == name }).bytes
    }

    /// Ten levels of nine aliases (3.5 billion nodes once expanded) ran the apply target out of memory (2 GB)
    /// before manifests were composed within go-yaml's alias budget; now kubectl's go-yaml error, nothing stored.
    @Test func anAliasBombInAManifestIsRefusedAtOnce() throws {
        let transcript = FuzzTarget.apply.transcript(try input(.apply, "crash-alias-bomb"))
        #expect(
            transcript.hasPrefix(
                "$ kubectl apply -f fuzz.yaml\n"
                    + "error: error parsing fuzz.yaml: error converting YAML to JSON: yaml: document contains excessive aliasing\n"
                    + "[exit 1]\n"))
    }

    /// Found by the smoke run in CI: an alias of a bomb used as a mapping key made Yams hash the whole expansion
    /// while composing (its duplicate-key check), before any budget ran. The text is now checked first.
    @Test func anAliasBombAsAMappingKeyIsRefusedAtOnce() throws {
        let start = ContinuousClock.now
        let transcript = FuzzTarget.apply.transcript(try input(.apply, "crash-alias-key-bomb"))
        #expect(transcript.contains("yaml: document contains excessive aliasing\n[exit 1]\n"))
        #expect(ContinuousClock.now - start < .seconds(10))
    }
}
