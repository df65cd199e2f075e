import ClusterModel

/// `kubectl version [--client] [-o json|yaml]`.
enum VersionCommand {
    /// The client version kubectl v1.35.2 reports.
    static let clientGitVersion = "v1.35.2"
    /// The bundled kustomize version.
    static let kustomizeVersion = "v5.7.1"

    /// Version fields in `version.Info` struct order.
    static func info(gitVersion: String, commit: String, buildDate: String, goVersion: String, server: Bool) -> [(String, String)] {
        let numbers = gitVersion.dropFirst().split(separator: ".").map(String.init)
        var fields: [(String, String)] = [("major", numbers.first ?? "1"), ("minor", numbers.count > 1 ? numbers[1] : "35")]
        if server {
            let minor = Int(numbers.count > 1 ? numbers[1] : "35") ?? 35
            fields += [("emulationMajor", numbers.first ?? "1"), ("emulationMinor", String(minor)),
                       ("minCompatibilityMajor", numbers.first ?? "1"), ("minCompatibilityMinor", String(minor - 1))]
        }
        fields += [("gitVersion", gitVersion), ("gitCommit", commit), ("gitTreeState", "clean"), ("buildDate", buildDate),
                   ("goVersion", goVersion), ("compiler", "gc"), ("platform", "linux/amd64")]
        return fields
    }

    /// Runs the command: writes its output through the context and returns the exit status; throws kubectl's error text for fatal problems.
    static func run(_ context: CommandContext, cluster: some ClusterClient) throws(KubectlError) -> Int32 {
        let command = context.command
        let client = info(gitVersion: clientGitVersion, commit: "fdc9d74cbf2da6754ebf81d56f80ae2948cd6425",
                          buildDate: "2026-02-26T20:05:34Z", goVersion: "go1.25.7", server: false)
        var serverVersion = cluster.serverVersion
        if !serverVersion.hasPrefix("v") { serverVersion = "v" + serverVersion }
        let server = info(gitVersion: serverVersion, commit: "66452049f3d692768c39c797b21b793dce80314e",
                          buildDate: "2025-12-17T12:32:09Z", goVersion: "go1.25.5", server: true)
        let showServer = !command.bool("client")
        switch command.output {
        case nil:
            context.out("Client Version: \(clientGitVersion)\nKustomize Version: \(kustomizeVersion)\n")
            if showServer { context.out("Server Version: \(serverVersion)\n") }
        case "json":
            func block(_ fields: [(String, String)]) -> String {
                "{\n" + fields.map { "    \"\($0.0)\": \"\($0.1)\"" }.joined(separator: ",\n") + "\n  }"
            }
            var out = "{\n  \"clientVersion\": \(block(client)),\n  \"kustomizeVersion\": \"\(kustomizeVersion)\""
            if showServer { out += ",\n  \"serverVersion\": \(block(server))" }
            context.out(out + "\n}\n")
        case "yaml":
            func block(_ fields: [(String, String)]) -> String {
                fields.sorted { $0.0 < $1.0 }.map { key, value in
                    let quoted = Int(value) != nil || value.contains(":") && value.contains("T") ? "\"\(value)\"" : value
                    return "  \(key): \(quoted)\n"
                }.joined()
            }
            var out = "clientVersion:\n" + block(client) + "kustomizeVersion: \(kustomizeVersion)\n"
            if showServer { out += "serverVersion:\n" + block(server) }
            context.out(out)
        case .some:
            throw .plain("--output must be 'yaml' or 'json'")
        }
        return 0
    }
}
