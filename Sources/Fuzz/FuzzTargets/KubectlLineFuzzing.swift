/// Fuzzes the shell language: up to eight lines, each scanned, parsed and run (kubectl or a built-in) in order
/// against one copy of the prepared sandbox, with whatever output the command prints.
enum KubectlLineFuzzing {
    /// Runs the lines of `input` and returns their transcript; lines that name host files are skipped (see
    /// `HostPathFilter`).
    static func run(_ input: [UInt8]) -> String {
        var sandbox = FuzzSandbox.prepared
        let host = FuzzSandbox.host()
        var transcript = ""
        for line in FuzzInput.lines(input, limit: 8) where HostPathFilter.allows(line) {
            FuzzSandbox.run(line, in: &sandbox, host: host, transcript: &transcript)
        }
        return transcript
    }
}
