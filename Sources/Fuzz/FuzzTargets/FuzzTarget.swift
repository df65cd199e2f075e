/// One fuzz target: a real code path of the tutor that takes arbitrary bytes.
///
/// Each libFuzzer executable (`Sources/Fuzz/Fuzz<Name>/`, built by `scripts/fuzz`) calls `run` with the bytes
/// libFuzzer generates; the normal test suite calls the same `run` with every file of the committed corpus
/// (`Fuzz/Corpus/<folder>/`), so a crasher found once stays fixed without a sanitizer build.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// Shell lines run through a `Sandbox`: parsing, execution and printing of kubectl and the built-ins.
    case kubectlLine = "kubectl-line"
    /// A manifest applied to a cluster: YAML, typed decoding, admission, the store, then time passing.
    case apply
    /// A lesson folder's `lesson.yaml` and texts loaded by `LessonLoader`.
    case lessonLoader = "lesson-loader"
    /// A jsonpath template parsed and evaluated, directly and through `--sort-by` and custom columns.
    case jsonpath

    /// The name of the libFuzzer executable (the SwiftPM product `scripts/fuzz` builds).
    public var executableName: String {
        switch self {
        case .kubectlLine: "FuzzKubectlLine"
        case .apply: "FuzzApply"
        case .lessonLoader: "FuzzLessonLoader"
        case .jsonpath: "FuzzJSONPath"
        }
    }

    /// Runs one input; returns normally for every input (a crash or a hang is a bug in the code under test).
    public func run(_ input: [UInt8]) {
        _ = transcript(input)
    }

    /// Runs one input and returns what it printed: each command and its output as the golden transcripts show
    /// them, the loader's error, or the jsonpath text; regression tests compare it with the expected answer.
    public func transcript(_ input: [UInt8]) -> String {
        switch self {
        case .kubectlLine: KubectlLineFuzzing.run(input)
        case .apply: ApplyFuzzing.run(input)
        case .lessonLoader: LessonLoaderFuzzing.run(input)
        case .jsonpath: JSONPathFuzzing.run(input)
        }
    }
}
