import ClusterModel
import Kubectl
import Testing

@Suite struct HelpTests {
    func run(_ line: String) -> KubectlSession.Output { KubectlSession().run(line) }

    @Test func verbHelpFollowsKubectlLayout() {
        let output = run("get --help")
        #expect(output.exitCode == 0)
        #expect(output.stderr.isEmpty)
        #expect(output.stdout.hasPrefix("Display one or many resources.\n\n Prints a table of the most important information"))
        #expect(output.stdout.contains("\nExamples:\n  # List all pods in ps output format\n  kubectl get pods\n"))
        #expect(output.stdout.contains("\nOptions:\n    -A, --all-namespaces=false:\n\tIf present, list the requested object(s) across all namespaces."))
        #expect(output.stdout.contains("    -o, --output='':\n"))
        #expect(output.stdout.contains("    -w, --watch=false:\n"))
        #expect(output.stdout.contains("\nUsage:\n  kubectl get [(-o|--output=)json|yaml|name"))
        #expect(output.stdout.hasSuffix("[flags] [options]\n\nUse \"kubectl options\" for a list of global command-line options (applies to all commands).\n"))
        #expect(run("get pods -h").stdout == output.stdout)
        #expect(run("help get").stdout == output.stdout)
    }

    /// One blank line between the last option and `Usage:`, as kubectl v1.32 prints it; sub-command aliases resolve.
    @Test func newVerbsHelpAsKubectlPrintsIt() {
        let patch = run("patch --help").stdout
        #expect(patch.contains("\tThe type of patch being provided; one of [json merge strategic]\n\nUsage:\n  kubectl patch (-f FILENAME | TYPE NAME) [-p PATCH|--patch-file FILE] [options]\n\n"))
        #expect(patch.contains("    --type='strategic':\n"))
        let top = run("top pods --help").stdout
        #expect(top.hasPrefix("Display resource (CPU/memory) usage of pods.\n\n The 'top pod' command allows you to see the resource consumption of pods.\n\n Due to the metrics pipeline delay, they may be unavailable for a few minutes since pod creation.\n\nAliases:\npod, pods, po\n\nExamples:\n"))
        #expect(run("auth --help").stdout.contains("\nAvailable Commands:\n  can-i         Check whether an action is allowed\n"))
        #expect(run("set env --help").stdout.contains("    --overwrite=true:\n"))
    }

    @Test func deleteHelpShowsDefaults() {
        let text = run("delete --help").stdout
        #expect(text.contains("    --grace-period=-1:\n"))
        #expect(text.contains("    --wait=true:\n"))
        #expect(text.contains("    --cascade='background':\n"))
    }

    @Test func topLevelHelpListsCommandGroups() {
        let bare = run("")
        #expect(bare.exitCode == 0)
        #expect(bare.stdout.hasPrefix("kubectl controls the Kubernetes cluster manager.\n\n Find more information at: https://kubernetes.io/docs/reference/kubectl/\n\nBasic Commands (Beginner):\n  create          Create a resource from a file or from stdin\n"))
        #expect(bare.stdout.contains("\nDeploy Commands:\n  rollout         Manage the rollout of a resource\n"))
        #expect(bare.stdout.hasSuffix("Usage:\n  kubectl [flags] [options]\n\nUse \"kubectl <command> --help\" for more information about a given command.\nUse \"kubectl options\" for a list of global command-line options (applies to all commands).\n"))
        #expect(run("--help").stdout == bare.stdout)
    }

    @Test func parentCommandsListTheirSubcommands() {
        let text = run("rollout").stdout
        // Padded as kubectl v1.32 prints it: max(11, longest name) + 3 spaces.
        #expect(text.contains("\nAvailable Commands:\n  history       View rollout history\n"))
        #expect(text.range(of: "Examples:")!.lowerBound < text.range(of: "Available Commands:")!.lowerBound)
        let create = run("create --help").stdout
        #expect(create.contains("\nAvailable Commands:\n  clusterrole           Create a cluster role\n"))
        #expect(create.contains("\n  serviceaccount        Create a service account with the specified name\n"))
        #expect(text.contains("Use \"kubectl rollout <command> --help\" for more information about a given command.\n"))
    }

    @Test func unsupportedCommandsStillHaveHelp() {
        let output = run("attach --help")
        #expect(output.exitCode == 0)
        #expect(output.stdout.hasPrefix("Attach to a running container.\n\n k8s-tutor's simulated cluster does not support this command.\n\nUsage:\n  kubectl attach [options]\n"))
        // An implemented command's help is kubectl's own.
        let exec = run("exec --help")
        #expect(exec.stdout.hasPrefix("Execute a command in a container.\n\nExamples:\n  # Get output from running the 'date' command from pod mypod, using the first container by default\n"))
    }
}
