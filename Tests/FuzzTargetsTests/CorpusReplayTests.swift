import FuzzTargets
import Testing

/// Replays every committed corpus input (`Fuzz/Corpus/<target>/`, crashers included) through the same entry
/// points the libFuzzer executables use, without libFuzzer: a crash found once fails the normal test suite.
@Suite struct CorpusReplayTests {
    @Test(arguments: FuzzTarget.allCases)
    func everyCorpusInputRuns(_ target: FuzzTarget) throws {
        let inputs = try FuzzCorpus.inputs(target)
        #expect(inputs.count >= 10, "the corpus of \(target.rawValue) is missing or nearly empty")
        for input in inputs {
            target.run(input.bytes)
        }
    }
}
