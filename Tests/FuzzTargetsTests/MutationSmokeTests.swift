import FuzzTargets
import Testing

/// A smoke run of each fuzz target without a sanitizer build: a few hundred deterministic mutations of its
/// corpus go through the target's entry point, so that the entry points stay fuzzable and shallow crashes
/// are caught by `scripts/test` (the real fuzzing is `scripts/fuzz <target> [seconds]`).
@Suite struct MutationSmokeTests {
    /// How many mutated inputs each target runs.
    static let runs = 300

    @Test(arguments: FuzzTarget.allCases)
    func mutatedCorpusInputsRun(_ target: FuzzTarget) throws {
        let inputs = try FuzzCorpus.inputs(target).map(\.bytes)
        try #require(!inputs.isEmpty)
        var mutator = ByteMutator(seed: 18)
        for run in 0..<Self.runs {
            let input = inputs[run % inputs.count]
            let other = inputs[(run * 7 + 3) % inputs.count]
            target.run(mutator.mutate(input, other: other))
        }
    }
}
