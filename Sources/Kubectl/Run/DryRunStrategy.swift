/// kubectl's `--dry-run` strategy (`cmdutil.GetDryRunStrategy`): none, client (nothing is sent), server (sent with
/// `dryRun=All`, nothing persisted).
enum DryRunStrategy: Equatable {
    case none, client, server

    /// Parses the flag's value; a bare `--dry-run` (`unchanged`) is the deprecated spelling of `client`.
    init(_ flag: String?) throws(KubectlError) {
        switch flag ?? "none" {
        case "none": self = .none
        case "client", "unchanged": self = .client
        case "server": self = .server
        case let other: throw .plain("Invalid dry-run value (\(other)). Must be \"none\", \"server\", or \"client\".")
        }
    }

    /// What a name printer appends to the operation (`PrintFlagsWithDryRunStrategy`).
    var suffix: String {
        switch self {
        case .none: ""
        case .client: " (dry run)"
        case .server: " (server dry run)"
        }
    }
}
