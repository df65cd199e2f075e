/// Fuzzes the apply path: the bytes are a manifest file that `kubectl apply -f` reads, decodes (YAML, typed
/// decoding, strict field validation), admits and stores; then virtual time passes so the controllers and the
/// kubelet act on what was stored, and the result is listed and described.
enum ApplyFuzzing {
    /// The commands run after the manifest is written to `fuzz.yaml`.
    static let lines = [
        "kubectl apply -f fuzz.yaml",
        "sleep 45s",
        "kubectl get all,events,endpointslices -o wide",
        "kubectl describe all",
        "kubectl apply -f fuzz.yaml --server-side --dry-run=server -o yaml",
        "kubectl delete -f fuzz.yaml --wait=false",
    ]

    /// Applies `input` as a manifest.
    static func run(_ input: [UInt8]) {
        var sandbox = FuzzSandbox.prepared
        sandbox.directory.virtualFiles["fuzz.yaml"] = FuzzInput.text(input)
        let host = FuzzSandbox.host()
        for line in lines {
            _ = sandbox.run(line, host: host)
        }
    }
}
