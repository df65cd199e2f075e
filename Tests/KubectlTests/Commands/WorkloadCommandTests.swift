import ClusterModel
import Kubectl
import Testing

@Suite struct WorkloadCommandTests {
    func applied() -> KubectlSession {
        let session = KubectlSession(files: Fixtures.files)
        session.run("apply -f pod-with-graceful-termination.yaml")
        return session
    }

    @Test func rolloutStatusWaitsForAvailability() {
        let session = applied()
        let output = session.run("rollout status deployment/nginx-deployment")
        #expect(output.stdout.hasSuffix("deployment \"nginx-deployment\" successfully rolled out\n"))
        #expect(output.stdout.hasPrefix("Waiting for deployment \"nginx-deployment\" rollout to finish: 0 of 1 updated replicas are available...\n"))
        #expect(session.run("rollout status deploy nginx-deployment").stdout == "deployment \"nginx-deployment\" successfully rolled out\n")
        #expect(session.run("rollout status deployment/nope").stderr == "Error from server (NotFound): deployments.apps \"nope\" not found\n")
    }

    @Test func rolloutStatusTimesOut() {
        let session = applied()
        let output = session.run("rollout status deployment/nginx-deployment --timeout=1s")
        #expect(output.stderr == "error: timed out waiting for the condition\n")
        #expect(output.exitCode == 1)
    }

    @Test func scale() {
        let session = applied()
        #expect(session.run("scale --replicas=3 deployment/nginx-deployment").stdout == "deployment.apps/nginx-deployment scaled\n")
        #expect(session.cluster.object(.deployments, namespace: "default", name: "nginx-deployment")?["spec"]["replicas"] == 3)
        #expect(session.run("scale deployment nginx-deployment --replicas=-1").stderr == "error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0\n")
        #expect(session.run("scale deployment nginx-deployment").stderr == "error: required flag(s) \"replicas\" not set\n")
        #expect(session.run("scale deployment nope --replicas=1").stderr == "Error from server (NotFound): deployments.apps \"nope\" not found\n")
        #expect(session.cluster.object(.deployments, namespace: "default", name: "nginx-deployment")?["spec"]["replicas"] == 3)
    }

    @Test func restartAndUndo() {
        let session = applied()
        session.run("rollout status deployment/nginx-deployment")
        #expect(session.run("rollout restart deployment/nginx-deployment").stdout == "deployment.apps/nginx-deployment restarted\n")
        session.run("rollout status deployment/nginx-deployment")
        let history = session.run("rollout history deployment/nginx-deployment").stdout
        #expect(history == "deployment.apps/nginx-deployment \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n")
        #expect(session.run("rollout undo deployment/nginx-deployment").stdout == "deployment.apps/nginx-deployment rolled back\n")
    }

    @Test func waitForConditionAndDeletion() {
        let session = applied()
        let pod = session.names(.pods)[0]
        let ready = session.run("wait --for=condition=Ready pod/\(pod)")
        #expect(ready.stdout == "pod/\(pod) condition met\n")
        #expect(ready.exitCode == 0)
        session.run("delete pod \(pod) --wait=false")
        let short = session.run("wait --for=delete pod/\(pod) --timeout=5s")
        #expect(short.stderr == "error: timed out waiting for the condition on pods/\(pod)\n")
        #expect(short.exitCode == 1)
        #expect(session.run("wait --for=delete pod/\(pod) --timeout=200s").stdout == "pod/\(pod) condition met\n")
        #expect(session.run("wait --for=condition=Ready pod/nope").stderr == "Error from server (NotFound): pods \"nope\" not found\n")
        #expect(session.run("wait --for=ready pod --all").stderr == "error: unrecognized condition: \"ready\"\n")
    }

    @Test func logs() {
        let session = applied()
        let pod = session.names(.pods)[0]
        let early = session.run("logs \(pod)")
        #expect(early.stderr == "Error from server (BadRequest): container \"nginx\" in pod \"\(pod)\" is waiting to start: ContainerCreating\n")
        session.run("rollout status deployment/nginx-deployment")
        let text = session.run("logs \(pod)").stdout
        #expect(text.hasPrefix("/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration\n"))
        #expect(text.contains("[notice] 1#1: start worker processes\n"))
        #expect(session.run("logs \(pod)").stdout == text)
        #expect(session.run("logs \(pod) --tail=1").stdout.split(separator: "\n").count == 1)
        #expect(session.run("logs \(pod) -c sidecar").stderr == "error: container sidecar is not valid for pod \(pod)\n")
        #expect(session.run("logs nope").stderr == "error: error from server (NotFound): pods \"nope\" not found in namespace \"default\"\n")
        session.run("delete pod \(pod) --wait=false")
        let followed = session.run("logs -f \(pod)").stdout
        #expect(followed.hasSuffix("[notice] 1#1: exit\n"))
    }

    @Test func informationalCommands() {
        let session = applied()
        #expect(session.run("version").stdout == "Client Version: v1.35.2\nKustomize Version: v5.7.1\nServer Version: v1.35.2\n")
        #expect(session.run("version --client").stdout == "Client Version: v1.35.2\nKustomize Version: v5.7.1\n")
        #expect(session.run("version -o json --client").stdout.hasPrefix("{\n  \"clientVersion\": {\n    \"major\": \"1\",\n    \"minor\": \"35\",\n"))
        #expect(session.run("config current-context").stdout == "kind-k8s-tutor\n")
        #expect(session.run("config view").stdout.hasPrefix("apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: DATA+OMITTED\n"))
        #expect(session.run("config get-contexts").stdout == "CURRENT   NAME             CLUSTER          AUTHINFO         NAMESPACE\n*         kind-k8s-tutor   kind-k8s-tutor   kind-k8s-tutor   \n")
        let resources = session.run("api-resources").stdout
        #expect(resources.hasPrefix("NAME                   SHORTNAMES   APIVERSION               NAMESPACED   KIND\nconfigmaps             cm           v1                       true         ConfigMap\n"))
        #expect(resources.contains("\nsecrets                             v1                       true         Secret\n"))
        #expect(resources.contains("\ndaemonsets             ds           apps/v1                  true         DaemonSet\n"))
        #expect(resources.contains("\ncronjobs               cj           batch/v1                 true         CronJob\njobs                                batch/v1                 true         Job\n"))
        #expect(resources.contains("\npoddisruptionbudgets   pdb          policy/v1                true         PodDisruptionBudget\n"))
        #expect(session.run("api-resources --namespaced=false -o name").stdout == "namespaces\nnodes\npriorityclasses.scheduling.k8s.io\nstorageclasses.storage.k8s.io\n")
        #expect(session.run("cluster-info").stdout == """
            Kubernetes control plane is running at https://127.0.0.1:40423
            CoreDNS is running at https://127.0.0.1:40423/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy

            To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.

            """)
    }

    @Test func explain() {
        let session = applied()
        let field = session.run("explain pod.spec.terminationGracePeriodSeconds").stdout
        #expect(field.hasPrefix("KIND:       Pod\nVERSION:    v1\n\nFIELD: terminationGracePeriodSeconds <integer>\n\n\nDESCRIPTION:\n    Optional duration in seconds the pod needs to terminate gracefully."))
        let conditions = session.run("explain endpointslice.endpoints.conditions").stdout
        #expect(conditions.hasPrefix("GROUP:      discovery.k8s.io\nKIND:       EndpointSlice\nVERSION:    v1\n\nFIELD: conditions <EndpointConditions>\n"))
        #expect(conditions.contains("FIELDS:\n  ready\t<boolean>\n"))
        #expect(conditions.contains("  terminating\t<boolean>\n"))
        #expect(session.run("explain pod.spec.containers.lifecycle.preStop").stdout.contains("  exec\t<ExecAction>\n"))
        #expect(session.run("explain service.spec.publishNotReadyAddresses").exitCode == 0)
        #expect(session.run("explain pod.spec.nope").stderr == "error: field \"nope\" does not exist\n")
        #expect(session.run("explain foo").stderr == "error: the server doesn't have a resource type \"foo\"\n")
    }
}

@Suite struct ClusterInformationTests {
    @Test func eventsCommandListsEventsOldestFirst() {
        let session = KubectlSession(files: Fixtures.files)
        #expect(session.run("events").stderr == "No events found in default namespace.\n")
        session.run("apply -f pod-with-graceful-termination.yaml")
        session.run("rollout status deployment/nginx-deployment")
        let pod = session.names(.pods)[0]
        let table = session.run("events").stdout
        #expect(table.hasPrefix("LAST SEEN   TYPE     REASON "))
        let forPod = session.run("events --for pod/\(pod)").stdout
        #expect(forPod.contains("   Container started\n"))
        #expect(!forPod.contains("ScalingReplicaSet"))
        #expect(session.run("events --types=Warning").stderr == "No events found in default namespace.\n")
    }

    @Test func apiVersionsAndContexts() {
        let session = KubectlSession()
        #expect(session.run("api-versions").stdout == "apps/v1\nbatch/v1\ncoordination.k8s.io/v1\ndiscovery.k8s.io/v1\npolicy/v1\nscheduling.k8s.io/v1\nstorage.k8s.io/v1\nv1\n")
        #expect(session.run("config use-context kind-k8s-tutor").stdout == "Switched to context \"kind-k8s-tutor\".\n")
        #expect(session.run("config use-context prod").stderr == "error: no context exists with the name: \"prod\"\n")
        #expect(session.run("config set-context --current --namespace=x").stderr == "error: \"kubectl config set-context\" is not supported by this simulated cluster (the kubeconfig of k8s-tutor is fixed).\n")
    }
}
