import Testing

@testable import Kubectl

/// What the simulation does not run is refused in the learner's language, with the reason; kubectl's own errors
/// stay English.
@Suite struct UnsupportedCommandTests {
    static let cases: [(line: String, english: String, chinese: String)] = [
        ("attach web", "error: \"kubectl attach\" is not supported by this simulated cluster (k8s-tutor has no real containers, nodes or network).\n",
         "error: k8s-tutor 的模拟集群不支持 \"kubectl attach\"（k8s-tutor 没有真实的容器、节点和网络）。\n"),
        ("set selector deploy/x app=x", "error: \"kubectl set selector\" is not supported by this simulated cluster (it is not implemented yet).\n",
         "error: k8s-tutor 的模拟集群不支持 \"kubectl set selector\"（尚未实现）。\n"),
        ("edit deploy/coredns -n kube-system",
         "error: kubectl edit opens your editor, which k8s-tutor only runs in an interactive terminal (not in script mode or lesson checks); change the object with kubectl patch, kubectl set or kubectl apply -f instead\n",
         "error: kubectl edit 会打开你的编辑器，而 k8s-tutor 只在交互式终端中运行编辑器（脚本模式和课程检查中不会）；请改用 kubectl patch、kubectl set 或 kubectl apply -f 修改对象\n"),
        ("patch -f x.yaml --local -p '{}'", "error: --local is not supported by this simulated cluster; patch the objects in the cluster instead\n",
         "error: k8s-tutor 的模拟集群暂不支持 --local；请直接修补集群中的对象\n"),
        ("create role x --verb=get --resource=pods",
         "error: \"kubectl create role\" is not supported by this simulated cluster; write a manifest and use kubectl apply -f or kubectl create -f\n",
         "error: k8s-tutor 的模拟集群暂不支持 \"kubectl create role\"；请编写清单文件，再用 kubectl apply -f 或 kubectl create -f 创建\n"),
        ("label pods --all a=b --local", "error: --local is not supported by this simulated cluster; change the objects in the cluster instead\n",
         "error: k8s-tutor 的模拟集群暂不支持 --local；请直接修改集群中的对象\n"),
        ("run -it x --image=nginx",
         "error: in k8s-tutor's simulated containers kubectl run attaches only to a shell (sh, bash) with -i; run other processes without -i, -t, --attach and --rm and read their output with kubectl logs, or kubectl exec into a running Pod\n",
         "error: 在 k8s-tutor 的模拟容器中，kubectl run 只能以 -i 挂接到 shell（sh、bash）；其他进程请去掉 -i、-t、--attach 和 --rm 运行 Pod，再用 kubectl logs 查看输出，或用 kubectl exec 进入正在运行的 Pod\n"),
        ("create secret tls t", "error: \"kubectl create secret tls\" is not supported by this simulated cluster; use kubectl create secret generic NAME --type=kubernetes.io/tls --from-literal=…\n",
         "error: k8s-tutor 的模拟集群暂不支持 \"kubectl create secret tls\"；请改用 kubectl create secret generic NAME --type=kubernetes.io/tls --from-literal=…\n"),
    ]

    @Test(arguments: 0..<cases.count)
    func refusedInBothLanguages(_ index: Int) {
        let (line, english, chinese) = Self.cases[index]
        let session = KubectlSession(seed: 1)
        let refused = session.run(line)
        #expect(refused.stderr == english)
        #expect(refused.exitCode == 1)
        session.host.language = "zh-CN"
        #expect(session.run(line).stderr == chinese)
    }

    @Test func kubectlsOwnErrorsStayEnglish() {
        let session = KubectlSession(seed: 1)
        session.host.language = "zh-CN"
        #expect(session.run("get pods --bogus").stderr == "error: unknown flag: --bogus\nSee 'kubectl get --help' for usage.\n")
    }
}
