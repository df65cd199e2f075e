import Kubectl
import Sandbox
import Testing

@testable import TutorialEngine

@Suite struct PodTerminationLessonTests {
    @Test(arguments: ["en", "zh-CN"], [1, 2, 3, 42] as [UInt64])
    func solutionsCompleteTheLesson(language: String, seed: UInt64) {
        var session = LessonHarness.session(seed: seed, language: language)
        let host = BufferedKubectlHost()
        session.start(host: host)
        var steps = 0
        while !session.isFinished, steps < 20 {
            let index = session.frontier
            let step = LessonHarness.lesson.definition.steps[index]
            // Checks fail before the step's solution: entering a step never completes it.
            #expect(session.frontier == index)
            LessonHarness.type(LessonHarness.solution(of: session), into: &session, host: host)
            #expect(session.frontier == index + 1, "step \(step.id) (seed \(seed), \(language)) was not completed by its solution")
            if session.frontier != index + 1 { break }
            steps += 1
        }
        #expect(session.isFinished)
        #expect(session.completedSteps == LessonHarness.lesson.definition.steps.map(\.id))
        #expect(host.combinedOutput.contains(language == "en" ? "Lesson complete." : "课程完成。"))
    }

    @Test func textsShowTheLearnersRealNames() {
        var session = LessonHarness.session()
        let host = BufferedKubectlHost()
        session.start(host: host)
        LessonHarness.type(["next"] + LessonHarness.lesson.definition.steps[1].solution, into: &session, host: host)
        let oldPod = session.bindings["oldPod"]
        #expect(oldPod?.hasPrefix("nginx-deployment-") == true)
        #expect(host.combinedOutput.contains("address of your Pod \(oldPod!)") || host.combinedOutput.contains(oldPod!))
        #expect(!host.combinedOutput.contains("{oldPod}"))
    }

    @Test func deletingTheDeploymentIsRefusedWithAnExplanation() {
        var session = LessonHarness.session()
        let host = BufferedKubectlHost()
        session.start(host: host)
        LessonHarness.type(["next"] + LessonHarness.lesson.definition.steps[1].solution + ["kubectl get endpointslices",
            "kubectl get endpointslices -o json -l kubernetes.io/service-name=nginx-service", "traffic start nginx-service"], into: &session, host: host)
        #expect(session.currentStepID == "delete-pod")
        host.clearOutput()
        let reply = session.handle(line: "k delete deploy nginx-deployment", host: host)
        guard case .refused = reply else {
            Issue.record("expected a refusal, got \(reply)")
            return
        }
        #expect(host.combinedOutput.contains("deleting the Deployment removes the whole application"))
        #expect(host.combinedOutput.contains("(not run)"))
        #expect(session.sandbox.cluster.object(.deployments, namespace: nil, name: "nginx-deployment") != nil)
        #expect(session.currentStepID == "delete-pod")
    }

    @Test func forceIsRefusedAndNeverMarksTheStepDone() {
        var session = LessonHarness.session()
        let host = BufferedKubectlHost()
        session.start(host: host)
        LessonHarness.type(["next"] + LessonHarness.lesson.definition.steps[1].solution + ["kubectl get endpointslices",
            "kubectl get endpointslices -o json -l kubernetes.io/service-name=nginx-service", "traffic start nginx-service"], into: &session, host: host)
        let oldPod = session.bindings["oldPod"]!
        host.clearOutput()
        session.handle(line: "kubectl delete pod \(oldPod) --grace-period=0 --force", host: host)
        #expect(host.combinedOutput.contains("`--force`") == false)
        #expect(host.combinedOutput.contains("--force removes the Pod object immediately"))
        #expect(session.currentStepID == "delete-pod")
        #expect(!session.completedSteps.contains("delete-pod"))
        let pod = session.sandbox.cluster.object(.pods, namespace: nil, name: oldPod)
        #expect(pod != nil && pod!["metadata"]["deletionTimestamp"].isNull)
    }

    @Test func skippingAheadIsRefusedAndHintsFollowTheFirstFailingCheck() {
        var session = LessonHarness.session()
        let host = BufferedKubectlHost()
        session.start(host: host)
        LessonHarness.type(["next"] + LessonHarness.lesson.definition.steps[1].solution, into: &session, host: host)
        #expect(session.currentStepID == "list-slices")
        let oldPod = session.bindings["oldPod"]!
        host.clearOutput()
        session.handle(line: "kubectl delete po/\(oldPod)", host: host)
        #expect(host.combinedOutput.contains("Not yet: that belongs to step 6."))
        #expect(session.currentStepID == "list-slices")
        // `next` does not skip a step that is not done.
        host.clearOutput()
        session.handle(line: "next", host: host)
        #expect(host.combinedOutput.contains("This step is not done yet:"))
        #expect(host.combinedOutput.contains("✗ not yet: You listed the slice of nginx-service"))
        #expect(session.currentStepID == "list-slices")
        host.clearOutput()
        session.handle(line: "hint", host: host)
        #expect(host.combinedOutput.contains("Hint: Run kubectl get endpointslices"))
    }

    @Test func theWrongPodNameGetsItsHintAtOnce() {
        var session = LessonHarness.session()
        let host = BufferedKubectlHost()
        session.start(host: host)
        LessonHarness.type(["next"] + LessonHarness.lesson.definition.steps[1].solution + ["kubectl get endpointslices",
            "kubectl get endpointslices -o json -l kubernetes.io/service-name=nginx-service", "traffic start nginx-service"], into: &session, host: host)
        host.clearOutput()
        session.handle(line: "kubectl delete pod nginx-deployment", host: host)
        let oldPod = session.bindings["oldPod"]!
        #expect(host.combinedOutput == """
            Error from server (NotFound): pods "nginx-deployment" not found
            Hint: nginx-deployment is the name of the Deployment. Its Pod has a generated
            name, \(oldPod): delete that.

            A hint is available: type hint.


            """)
        #expect(session.currentStepID == "delete-pod")
    }

    @Test func anAttachedContainerShellTakesTheLessonsWordsUntilExit() {
        var session = LessonHarness.session()
        let host = BufferedKubectlHost()
        session.start(host: host)
        LessonHarness.type(["next", "kubectl run t --image=busybox:1.37 -- sleep 3600", "sleep 10", "kubectl exec -i t -- sh"], into: &session, host: host)
        #expect(session.currentStepID == "apply")
        host.clearOutput()
        LessonHarness.type(["next", "hostname"], into: &session, host: host)
        // `next` ran in the container's shell, not in the lesson.
        #expect(host.combinedOutput.contains("sh: next: not found"))
        #expect(host.combinedOutput.contains("t\n"))
        #expect(!host.combinedOutput.contains("This step is not done yet"))
        host.clearOutput()
        LessonHarness.type(["exit", "next"], into: &session, host: host)
        #expect(host.combinedOutput.contains("This step is not done yet"))
    }

    @Test func aBlockingDeleteClosesTheWindowAndResetGoesBackToTheDelete() {
        var session = LessonHarness.session()
        let host = BufferedKubectlHost()
        session.start(host: host)
        LessonHarness.type(["next"] + LessonHarness.lesson.definition.steps[1].solution + ["kubectl get endpointslices",
            "kubectl get endpointslices -o json -l kubernetes.io/service-name=nginx-service", "traffic start nginx-service"], into: &session, host: host)
        let oldPod = session.bindings["oldPod"]!
        // In script mode a plain delete waits until the Pod is gone: the step passes, the window is over.
        LessonHarness.type(["kubectl delete pod \(oldPod)"], into: &session, host: host)
        #expect(session.currentStepID == "watch-pods")
        host.clearOutput()
        LessonHarness.type(["kubectl get pods", "hint"], into: &session, host: host)
        #expect(host.combinedOutput.contains("The old Pod is already gone"))
        #expect(session.currentStepID == "watch-pods")
        host.clearOutput()
        LessonHarness.type(["reset"], into: &session, host: host)
        #expect(session.currentStepID == "delete-pod")
        #expect(session.sandbox.cluster.object(.pods, namespace: nil, name: oldPod) != nil)
        LessonHarness.type(["kubectl delete pod \(oldPod) --wait=false", "sleep 5s", "kubectl get pods"], into: &session, host: host)
        #expect(session.currentStepID == "inspect-terminating")
    }

    @Test func observationsNeedTheRightFormat() {
        var session = LessonHarness.session()
        let host = BufferedKubectlHost()
        session.start(host: host)
        LessonHarness.type(["next"] + LessonHarness.lesson.definition.steps[1].solution + ["kubectl get endpointslices"], into: &session, host: host)
        #expect(session.currentStepID == "inspect-slice")
        LessonHarness.type(["kubectl get endpointslices -l kubernetes.io/service-name=nginx-service"], into: &session, host: host)
        #expect(session.currentStepID == "inspect-slice")
        LessonHarness.type(["k get endpointslice -l kubernetes.io/service-name=nginx-service -oyaml"], into: &session, host: host)
        #expect(session.currentStepID == "start-traffic")
    }

    @Test func solutionAsksFirstThenReplays() {
        var session = LessonHarness.session()
        let host = BufferedKubectlHost()
        session.start(host: host)
        LessonHarness.type(["next", "solution", "no"], into: &session, host: host)
        #expect(host.combinedOutput.contains("Solution not shown."))
        #expect(session.currentStepID == "apply")
        host.clearOutput()
        LessonHarness.type(["solution", "y"], into: &session, host: host)
        #expect(host.combinedOutput.contains("$ kubectl apply -f pod-with-graceful-termination.yaml\ndeployment.apps/nginx-deployment created"))
        #expect(session.currentStepID == "list-slices")
        #expect(session.solutionViewed == ["apply"])
    }

    @Test func langSwitchesTheTexts() {
        var session = LessonHarness.session()
        let host = BufferedKubectlHost()
        session.start(host: host)
        host.clearOutput()
        session.handle(line: "lang zh-CN", host: host)
        #expect(host.combinedOutput.hasPrefix("语言：简体中文。\n\n第 1 步，共 10 步\n"))
        #expect(session.language == "zh-CN")
    }
}
