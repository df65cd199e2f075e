import ClusterModel

/// `kubectl rollout pause|resume` (`pkg/cmd/rollout/rollout_pause.go`, `rollout_resume.go`): sets or clears a
/// Deployment's `spec.paused` with a strategic merge patch and prints `deployment.apps/x paused` (`resumed`).
///
/// The pauser and resumer (`polymorphichelpers.defaultObjectPauser`, `defaultObjectResumer`) know Deployments
/// only: other kinds get `pausing is not supported`, a Deployment already in the wanted state `is already paused` or
/// `is not paused`, as errors aggregated after the other objects are handled.
enum RolloutPauseCommand {
    static func run<Client: ClusterClient>(_ context: CommandContext, cluster: inout Client, pause: Bool) throws(KubectlError) -> Int32 {
        let format = try OutputSupport.format(context.command.output)
        try RolloutCommand.requireResources(context.command)
        let (found, fetchErrors) = RolloutCommand.fetch(try RolloutCommand.targets(context, cluster: cluster), context: context, cluster: cluster)
        var errors = fetchErrors
        for (type, object) in found {
            let name = object["metadata"]["name"].string ?? ""
            let subject = "error: \(type.qualifiedName) \(GoQuote.quoted(name))"
            guard RolloutKind(type) == .deployment else {
                errors.append(.text("\(subject) \(pause ? "pausing" : "resuming") is not supported"))
                continue
            }
            let paused = object["spec"]["paused"].bool == true
            if paused == pause {
                errors.append(.text("\(subject) \(pause ? "is already paused" : "is not paused")"))
                continue
            }
            // The two-way merge patch of the object before and after: `paused` is omitted when false.
            let patch: JSONValue = ["spec": ["paused": pause ? true : .null]]
            let written: JSONValue
            do {
                written = try cluster.patch(type, namespace: object["metadata"]["namespace"].string, name: name, patch: patch, as: .strategic, options: WriteOptions()).object
            } catch {
                errors.append(.text("failed to patch: \(error.message)"))
                continue
            }
            try RolloutCommand.printOperation(pause ? "paused" : "resumed", dryRun: .none, type: type, object: written, format: format, context: context, now: cluster.now)
        }
        return RolloutCommand.finish(errors, visited: !found.isEmpty, context: context)
    }
}
