import Testing

@testable import ClusterModel

@Suite struct EventMessageTests {
    @Test func partsRenderTheKubeletAndSchedulerTexts() {
        #expect(EventMessage.scheduled(namespace: "default", name: "web-1", node: "kind-worker").text == "Successfully assigned default/web-1 to kind-worker")
        #expect(EventMessage.imagePresent(image: "nginx:1.27").text == "Container image \"nginx:1.27\" already present on machine and can be accessed by the pod")
        #expect(EventMessage.pulling(image: "nginx:1.27").text == "Pulling image \"nginx:1.27\"")
        #expect(EventMessage.created(container: "nginx").text == "Container created")
        #expect(EventMessage.started(container: "nginx").text == "Container started")
        #expect(EventMessage.stopping(container: "nginx").text == "Stopping container nginx")
        let replicas = 3
        let interpolated: EventMessage = "Scaled up replica set web to \(replicas)"
        #expect(interpolated == .text("Scaled up replica set web to 3"))
        #expect(EventMessage.created(container: "a") == .text("Container created"))
        #expect(EventMessage.created(container: "a") != .started(container: "a"))
    }
}
