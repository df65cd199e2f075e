/// The files of a new lesson: a Deployment to apply, then a look at its Pod, in English and Simplified Chinese.
enum ScaffoldTemplate {
    /// Relative path and content of every file, in writing order.
    static func files(id: String) -> [(String, String)] {
        [
            ("lesson.yaml", lesson(id: id)),
            ("text/en.md", english),
            ("text/zh-CN.md", chinese),
            ("hello-deployment.yaml", manifest),
            ("tests/wrong-paths.yaml", scenarios),
        ]
    }

    static func lesson(id: String) -> String {
        """
        # yaml-language-server: $schema=../lesson.schema.json
        # Structure only; the prose is in text/<language>.md. Guide: docs/lesson-authoring.md.
        schema: 1
        id: \(id)
        languages: [en, zh-CN]
        files:
          - hello-deployment.yaml

        bindings:
          - name: pod                  # the Deployment's Pod, resolved when step 'look' begins
            at: look
            query: {resource: pods, selector: app=hello}

        forbid:
          - id: delete-deployment
            command: kubectl delete deployment

        steps:
          - id: intro
            kind: read

          - id: apply
            kind: task
            expect:
              - kubectl apply -f hello-deployment.yaml
            checks:
              - id: ready
                state:
                  resource: deployments
                  name: hello
                  where: [{path: status.readyReplicas, equals: 1}]
            hints:
              - id: file
              - id: wait
                unlock: {failing: ready, attempts: 1}
            solution:
              - kubectl apply -f hello-deployment.yaml
              - sleep 15s

          - id: look
            kind: observe
            expect:
              - kubectl get pods
            checks:
              - id: saw-pod
                observed:
                  resource: pods
                  name: "{pod}"
                  where: [{path: status.phase, equals: Running}]
            hints:
              - id: command
            solution:
              - kubectl get pods

        """
    }

    static let english = """
        ## title

        Hello, Deployment

        ## summary

        Create a Deployment from a file and look at the Pod it starts.

        ## step.intro

        A Deployment keeps a number of Pods running. In this lesson you create one and look at its Pod.

        Type `next` when you are ready.

        ## step.apply

        Create the Deployment: `kubectl apply -f hello-deployment.yaml`. Its Pod needs a few seconds to start.

        ## check.apply.ready

        Deployment `hello` has 1 ready replica

        ## hint.apply.file

        `ls` lists the files; `kubectl apply -f <file>` creates what a file describes.

        ## hint.apply.wait

        The Deployment exists; its Pod is still starting. Wait a few seconds (in a script: `sleep 15s`).

        ## step.look

        List the Pods with `kubectl get pods`. The Deployment's Pod is called `{pod}`.

        ## check.look.saw-pod

        You saw Pod `{pod}` running

        ## hint.look.command

        `kubectl get pods`

        ## forbid.delete-deployment

        Not now: the lesson looks at this Deployment's Pod. Type `play` to experiment freely.

        ## finish

        You created a Deployment and saw its Pod.

        """

    static let chinese = """
        ## title

        你好，Deployment

        ## summary

        用文件创建一个 Deployment，并查看它启动的 Pod。

        ## step.intro

        Deployment 让一定数量的 Pod 保持运行。在本课中你将创建一个 Deployment 并查看它的 Pod。

        准备好后输入 `next`。

        ## step.apply

        创建 Deployment：`kubectl apply -f hello-deployment.yaml`。它的 Pod 需要几秒钟启动。

        ## check.apply.ready

        Deployment `hello` 有 1 个就绪副本

        ## hint.apply.file

        `ls` 列出文件；`kubectl apply -f <文件名>` 创建文件所描述的对象。

        ## hint.apply.wait

        Deployment 已存在，它的 Pod 仍在启动。等几秒钟（在脚本中：`sleep 15s`）。

        ## step.look

        用 `kubectl get pods` 列出 Pod。这个 Deployment 的 Pod 名为 `{pod}`。

        ## check.look.saw-pod

        你看到了 Pod `{pod}` 正在运行

        ## hint.look.command

        `kubectl get pods`

        ## forbid.delete-deployment

        现在不行：本课要查看这个 Deployment 的 Pod。输入 `play` 可以自由实验。

        ## finish

        你创建了一个 Deployment，并看到了它的 Pod。

        """

    static let manifest = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: hello
        spec:
          replicas: 1
          selector:
            matchLabels:
              app: hello
          template:
            metadata:
              labels:
                app: hello
            spec:
              containers:
                - name: nginx
                  image: nginx:1.27
                  ports:
                    - containerPort: 80

        """

    static let scenarios = """
        # Scripted wrong paths, run by `k8s-tutor lesson test` (format: docs/lesson-authoring.md).
        scenarios:
          - name: deleting the Deployment is refused
            at: look
            type:
              - kubectl delete deployment hello
            expect:
              - refused: delete-deployment
              - notCompleted: look

        """
}
