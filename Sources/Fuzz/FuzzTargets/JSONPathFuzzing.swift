import ClusterModel
import Kubectl

/// Fuzzes jsonpath: the first line of the input is a template, evaluated by `JSONPath.evaluate` on a list of
/// the prepared cluster's objects and used by kubectl as `-o jsonpath=`, `--sort-by`, a custom column and
/// `wait --for=jsonpath=`.
enum JSONPathFuzzing {
    /// What the templates are evaluated on: a `List` of every object of the prepared cluster, as `get` of several
    /// objects hands it to the printer.
    static let document: JSONValue = {
        let cluster = FuzzSandbox.prepared.cluster
        let items = ResourceType.all.flatMap { type in
            (try? cluster.list(type, namespace: nil, options: ListOptions()).items) ?? []
        }
        return .object(["apiVersion": "v1", "kind": "List", "metadata": .object(["resourceVersion": ""]), "items": .array(items)])
    }()

    /// Evaluates the template in `input`; returns the evaluation's text or error, then each command's output.
    static func run(_ input: [UInt8]) -> String {
        let template = FuzzInput.lines(input, limit: 1).first ?? ""
        var transcript: String
        do {
            transcript = try JSONPath.evaluate(template, on: document) + "\n"
        } catch {
            transcript = error.message + "\n"
        }
        var cluster = FuzzSandbox.prepared.cluster
        let host = FuzzSandbox.host()
        for arguments in [
            ["get", "pods,services", "-o", "jsonpath=" + template],
            ["get", "all", "--sort-by", template],
            ["get", "pods", "-o", "custom-columns=A:" + template + ",B:.metadata.name"],
            ["wait", "deployment/web", "--timeout=5s", "--for=jsonpath=" + template],
        ] {
            let result = Kubectl.run(arguments, cluster: &cluster, host: host)
            transcript += "$ kubectl \(arguments.joined(separator: " "))\n" + host.combinedOutput
                + (result.exitCode == 0 ? "" : "[exit \(result.exitCode)]\n")
            host.clearOutput()
        }
        return transcript
    }
}
