/// Fuzzes the apply path: the bytes are a manifest file that `kubectl apply -f` reads, decodes (YAML, typed
/// decoding, strict field validation), admits and stores; then virtual time passes so the controllers and the
/// kubelet act on what was stored, and the result is listed and described.
///
/// A line `==> again <==` splits the input into two versions of the file: the second is applied after the
/// first has run for a while, so the three-way merge of client-side apply and the strategic merge patch
/// start from fuzzed objects too.
enum ApplyFuzzing {
    /// The marker line between the first and the second version of the manifest.
    static let marker = "\n==> again <==\n"

    /// The commands run once the first version is in `fuzz.yaml`.
    static let first = ["kubectl apply -f fuzz.yaml", "sleep 45s"]

    /// The commands run on whichever version is in `fuzz.yaml` last.
    static let last = [
        "kubectl get all,events,endpointslices -o wide",
        "kubectl describe all",
        "kubectl apply -f fuzz.yaml --server-side --dry-run=server -o yaml",
        "kubectl delete -f fuzz.yaml --wait=false",
    ]

    /// Applies `input` as a manifest (or two versions of one) and returns the transcript of the commands.
    static func run(_ input: [UInt8]) -> String {
        let text = FuzzInput.text(input)
        var sandbox = FuzzSandbox.prepared
        let host = FuzzSandbox.host()
        var transcript = ""
        let versions = text.split(separator: marker, maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        sandbox.directory.virtualFiles["fuzz.yaml"] = versions[0]
        for line in first {
            FuzzSandbox.run(line, in: &sandbox, host: host, transcript: &transcript)
        }
        if versions.count == 2 {
            sandbox.directory.virtualFiles["fuzz.yaml"] = versions[1]
            for line in first {
                FuzzSandbox.run(line, in: &sandbox, host: host, transcript: &transcript)
            }
        }
        for line in last {
            FuzzSandbox.run(line, in: &sandbox, host: host, transcript: &transcript)
        }
        return transcript
    }
}
