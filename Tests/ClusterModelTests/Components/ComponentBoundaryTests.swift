import Foundation
import Testing

/// Holds the components to the architecture: each reads through listers, writes through the API server's verbs, and
/// keeps only its own state. The test reads the sources, so a shortcut through the store fails the build's tests.
@Suite struct ComponentBoundaryTests {
    /// The folders under `Sources/ClusterModel/Components` and the state property each component owns on `Cluster`.
    static let components: [String: String] = [
        "Scheduler": "scheduler", "Kubelet": "kubelet", "ReplicaSetController": "replicaSetController", "DaemonSetController": "daemonSetController", "StatefulSetController": "statefulSetController", "KubeProxy": "kubeProxy", "NamespaceController": "namespaceController", "PodGCController": "podGCController", "JobController": "jobController", "CronJobController": "cronJobController", "DisruptionController": "disruptionController",
        "DeploymentController": "deploymentController", "EndpointSliceController": "endpointSliceController",
        "EndpointsController": "endpointsController", "EventRecorder": "eventRecorder", "GarbageCollector": "garbageCollector",
        "ServiceAccountController": "serviceAccountController", "RootCACertPublisher": "rootCACertPublisher",
    ]

    /// What only the API server may call: the store's own functions, the raw store, identity generation, and the
    /// watch delivery.
    static let forbidden = [
        "api.", "putPod(", "putJSON(", "removePod(", "removeJSON(", "putSlice(", "removeSlice(", "nextResourceVersion(", "record(.",
        "random.uuid", "random.name", "objectAdded(", "objectUpdated(", "objectDeleted(", "objectStored(", "podStored(", "removeOwner(",
        "insert(.", "removeOrKeepFinalized(",
    ]

    static let componentsFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/ClusterModel/Components")

    /// The Swift files of one component's folder, with their code lines (doc comments and comments dropped).
    static func codeLines(of component: String) throws -> [(file: String, line: Int, text: String)] {
        let folder = componentsFolder.appendingPathComponent(component)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }.sorted()
        var lines: [(String, Int, String)] = []
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                if code.hasPrefix("//") { continue }
                lines.append(("\(component)/\(file)", number + 1, code))
            }
        }
        return lines
    }

    @Test func everyComponentFolderIsKnown() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.componentsFolder.path)
            .filter { !$0.hasSuffix(".swift") }
        #expect(Set(folders) == Set(Self.components.keys))
    }

    @Test(arguments: components.keys.sorted())
    func componentWritesOnlyThroughVerbs(_ component: String) throws {
        let violations = try Self.codeLines(of: component).compactMap { file, line, text in
            Self.forbidden.first { text.contains($0) }.map { "\(file):\(line): \($0)" }
        }
        #expect(violations.isEmpty, "components act through listers and verbs only")
    }

    @Test(arguments: components.keys.sorted())
    func componentKeepsToItsOwnState(_ component: String) throws {
        let own = Self.components[component]!
        let others = Self.components.values.filter { $0 != own }
        let violations = try Self.codeLines(of: component).compactMap { file, line, text in
            others.first { other in text.range(of: "\\b\(other)\\.", options: .regularExpression) != nil }.map { "\(file):\(line): \($0)" }
        }
        #expect(violations.isEmpty, "a component changes and reads only its own state")
    }
}
