import Testing

@testable import ClusterModel

@Suite struct ResourceTypeTests {
    @Test(arguments: [
        ("po", "pods"), ("pod", "pods"), ("Pods", "pods"), ("deploy", "deployments"), ("deployments.apps", "deployments"),
        ("rs", "replicasets"), ("svc", "services"), ("ep", "endpoints"), ("endpointslice", "endpointslices"),
        ("endpointslice.discovery.k8s.io", "endpointslices"), ("EndpointSlice", "endpointslices"), ("ns", "namespaces"), ("no", "nodes"), ("ev", "events"),
    ])
    func lookup(name: String, plural: String) {
        #expect(ResourceType.lookup(name)?.plural == plural)
    }

    @Test func unknownNames() {
        #expect(ResourceType.lookup("eps") == nil)
        #expect(ResourceType.lookup("foo") == nil)
    }

    @Test func names() {
        #expect(ResourceType.endpointSlices.qualifiedName == "endpointslices.discovery.k8s.io")
        #expect(ResourceType.deployments.apiVersion == "apps/v1")
        #expect(ResourceType.deployments.qualifiedSingular == "deployment.apps")
        #expect(ResourceType.pods.qualifiedSingular == "pod")
    }
}
