import ClusterModel

/// The limits that keep the shell responsive, with the messages (English and Chinese) that name them.
///
/// These are the simulation's limits, not Kubernetes': a real cluster would take more objects (until etcd's quota)
/// and print whatever was asked. Replicas per workload are capped in the model's validation
/// (`spec.replicas` ≤ 100,000, within the API server's int32); the rest are kubectl's side of the same budget.
public enum TutorLimits {
    /// The most objects (Pods included, Events not) one namespace may hold, counting the Pods that a workload
    /// being created or scaled will add: room for one Deployment of 100,000 Pods and what surrounds it.
    public static let maximumObjectsPerNamespace = 120_000
    /// The most output one command writes to stdout (64 MiB); the rest is dropped with a message.
    public static let maximumOutputBytes = 64 << 20

    /// The deepest nesting a `kubectl patch` body may have: libyaml's limit for manifests, which the recursive
    /// merges, comparisons and printers are known to handle (Go's JSON decoder would take 10,000 levels).
    public static let maximumPatchDepth = 1_000

    /// The refusal of a write that would take a namespace past ``maximumObjectsPerNamespace``.
    static func tooManyObjects(namespace: String, projected: Int, language: String) -> String {
        if language.hasPrefix("zh") {
            return "error: 命名空间 \"\(namespace)\" 将有 \(projected) 个对象，超过 k8s-tutor 模拟集群每个命名空间最多保存的 \(maximumObjectsPerNamespace) 个对象；请先删除一些"
        }
        return "error: namespace \"\(namespace)\" would hold \(projected) objects, more than the \(maximumObjectsPerNamespace) objects k8s-tutor's simulated cluster keeps in one namespace; delete some first"
    }

    /// The note printed once when a command's output reaches ``maximumOutputBytes``.
    static func outputStopped(language: String) -> String {
        if language.hasPrefix("zh") {
            return "error: 输出在 64 MiB 处停止（k8s-tutor 每条命令最多输出 64 MiB）；可用 -l、--field-selector 或 -o jsonpath 缩小范围\n"
        }
        return "error: output stopped at 64 MiB (the most k8s-tutor prints for one command); narrow it with -l, --field-selector or -o jsonpath\n"
    }

    /// The note printed when script mode ends a watch at its time limit while the cluster still had work scheduled.
    static func watchEnded(after seconds: Double, language: String) -> String {
        let duration = HumanDuration.string(milliseconds: Int64(min(seconds, 1e15) * 1000))
        if language.hasPrefix("zh") {
            return "k8s-tutor: 监视已在 \(duration) 虚拟时间后结束（脚本模式下一次监视最多运行这么久）\n"
        }
        return "k8s-tutor: the watch ended after \(duration) of virtual time (the longest a watch runs in script mode)\n"
    }

    /// The refusal of `get --subresource scale` as a table: the server's table for a Scale is not simulated yet.
    /// Why the simulation does not run a command.
    public enum UnsupportedReason: Sendable {
        /// It needs real containers, nodes or a network (`exec`, `port-forward`, `cp`).
        case noRealMachines
        /// It would change the kubeconfig, which is fixed.
        case fixedKubeconfig
        /// It could be simulated but is not yet.
        case notImplemented
    }

    /// The refusal of a command the simulated cluster does not run, in English and Chinese.
    static func unsupportedCommand(_ commandPath: String, reason: UnsupportedReason) -> KubectlError {
        let (english, chinese): (String, String)
        switch reason {
        case .noRealMachines: (english, chinese) = ("k8s-tutor has no real containers, nodes or network", "k8s-tutor 没有真实的容器、节点和网络")
        case .fixedKubeconfig: (english, chinese) = ("the kubeconfig of k8s-tutor is fixed", "k8s-tutor 的 kubeconfig 是固定的")
        case .notImplemented: (english, chinese) = ("it is not implemented yet", "尚未实现")
        }
        return .tutor(
            "\"\(commandPath)\" is not supported by this simulated cluster (\(english)).",
            "k8s-tutor 的模拟集群不支持 \"\(commandPath)\"（\(chinese)）。")
    }

    /// `kubectl edit` where the host runs no editor (script mode, lesson checks): the simulation does not open one.
    static func editorUnavailable() -> KubectlError {
        .tutor(
            "kubectl edit opens your editor, which k8s-tutor only runs in an interactive terminal (not in script mode or lesson checks); change the object with kubectl patch, kubectl set or kubectl apply -f instead",
            "kubectl edit 会打开你的编辑器，而 k8s-tutor 只在交互式终端中运行编辑器（脚本模式和课程检查中不会）；请改用 kubectl patch、kubectl set 或 kubectl apply -f 修改对象")
    }

    /// `kubectl run -i/-t/--attach`: the simulated containers have no terminal to attach to.
    static func attachUnsupported(_ language: String) -> String {
        if language.hasPrefix("zh") {
            return "error: 在 k8s-tutor 的模拟容器中，kubectl run 只能以 -i 挂接到 shell（sh、bash）；其他进程请去掉 -i、-t、--attach 和 --rm 运行 Pod，再用 kubectl logs 查看输出，或用 kubectl exec 进入正在运行的 Pod"
        }
        return "error: in k8s-tutor's simulated containers kubectl run attaches only to a shell (sh, bash) with -i; run other processes without -i, -t, --attach and --rm and read their output with kubectl logs, or kubectl exec into a running Pod"
    }

    /// A `kubectl run` option the simulation does not implement yet.
    static func runOptionUnsupported(_ language: String, _ option: String) -> String {
        if language.hasPrefix("zh") {
            return "error: k8s-tutor 暂不支持 kubectl run 的 \(option) 参数；请改写为清单文件，再用 kubectl apply -f 创建"
        }
        return "error: kubectl run \(option) is not supported by k8s-tutor yet; write a manifest and use kubectl apply -f"
    }

    static func scaleTableUnsupported(language: String) -> String {
        if language.hasPrefix("zh") {
            return "error: k8s-tutor 暂不能以表格打印 scale 子资源；请加上 -o yaml 或 -o json"
        }
        return "error: k8s-tutor cannot print the scale subresource as a table yet; add -o yaml or -o json"
    }

    /// How many objects of the kinds kubectl counts `namespace` holds.
    static func objectCount(in namespace: String, cluster: some ClusterClient) -> Int {
        ResourceType.all.filter { $0.namespaced && $0 != .events }.reduce(0) { $0 + cluster.objectCount($1, namespace: namespace) }
    }

    /// The Pods a workload object asks for (Deployments and ReplicaSets; 1 when `spec.replicas` is unset); 0 for a
    /// count the API server refuses anyway (negative, or over ``SimulationLimits/maximumReplicas``), so its error shows.
    static func pods(of object: JSONValue, type: ResourceType) -> Int {
        guard type == .deployments || type == .replicaSets else { return 0 }
        let replicas = object["spec"]["replicas"].int ?? 1
        return (0...SimulationLimits.maximumReplicas).contains(replicas) ? replicas : 0
    }
}
