// swift-tools-version: 6.1
// k8s-tutor: a terminal tutor for Kubernetes with an in-process simulated cluster.

import PackageDescription

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Every target of the package, grouped so that the dependency order reads top to bottom:
/// libedit glue, the simulated cluster, kubectl on top of it, lessons on top of both,
/// the shell that ties them together, and the thin executable.
let package = Package(
    name: "k8s-tutor",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "k8s-tutor", targets: ["k8s-tutor"]),
        // For the separate Benchmarks/ package, which measures the simulation.
        .library(name: "ClusterModel", targets: ["ClusterModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(name: "TerminalText"),
        .target(name: "LineEditor", dependencies: ["CEditLine", "TerminalText"]),
        .target(name: "ClusterModel"),
        .target(
            name: "Kubectl",
            dependencies: ["ClusterModel", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "Sandbox", dependencies: ["ClusterModel", "Kubectl", "TerminalText"]),
        .target(
            name: "TutorialEngine",
            dependencies: [
                "ClusterModel", "Kubectl", "Sandbox", "TerminalText", .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "LessonAuthoring",
            dependencies: ["ClusterModel", "Kubectl", "Sandbox", "TutorialEngine", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "TutorShell",
            dependencies: ["LineEditor", "ClusterModel", "Kubectl", "Sandbox", "TutorialEngine", "LessonAuthoring"]
        ),
        .executableTarget(
            name: "k8s-tutor",
            dependencies: [
                "TutorShell",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "TerminalTextTests", dependencies: ["TerminalText"]),
        .testTarget(name: "LineEditorTests", dependencies: ["LineEditor", "TerminalText"]),
        .testTarget(name: "ClusterModelTests", dependencies: ["ClusterModel"]),
        .testTarget(name: "KubectlTests", dependencies: ["Kubectl", "ClusterModel"], exclude: ["Golden"]),
        .testTarget(name: "SandboxTests", dependencies: ["Sandbox", "Kubectl", "ClusterModel"], exclude: ["Golden"]),
        .testTarget(
            name: "TutorialEngineTests",
            dependencies: ["TutorialEngine", "Sandbox", "Kubectl", "ClusterModel", "TerminalText", .product(name: "Yams", package: "Yams")]
        ),
        .testTarget(
            name: "LessonAuthoringTests",
            dependencies: ["LessonAuthoring", "TutorialEngine", "Sandbox", "Kubectl", "ClusterModel"],
            exclude: ["Fixtures"]
        ),
        // The code behind the libFuzzer targets, shared with the corpus replay in the normal test suite.
        .target(
            name: "FuzzTargets",
            dependencies: ["ClusterModel", "Kubectl", "Sandbox", "TutorialEngine"],
            path: "Sources/Fuzz/FuzzTargets"
        ),
        .testTarget(name: "TutorShellTests", dependencies: ["TutorShell"]),
        .testTarget(name: "FuzzTargetsTests", dependencies: ["FuzzTargets", "Kubectl", "Sandbox", "ClusterModel"]),
        .testTarget(name: "EndToEndTests", dependencies: ["k8s-tutor"]),
    ],
    swiftLanguageModes: [.v6]
)

// Fuzzing: `scripts/fuzz <target>` sets K8S_TUTOR_FUZZ=1 and builds with `-sanitize=fuzzer`; only then do the
// libFuzzer executables exist (each one's main hands its target to `LLVMFuzzerRunDriver`).
// A normal build has the shared FuzzTargets library and its corpus replay tests, but no fuzzer executables.
if ProcessInfo.processInfo.environment["K8S_TUTOR_FUZZ"] == "1" {
    package.targets.append(.systemLibrary(name: "CFuzzerDriver", path: "Sources/Fuzz/CFuzzerDriver"))
    for name in ["FuzzKubectlLine", "FuzzApply", "FuzzLessonLoader", "FuzzJSONPath"] {
        package.targets.append(
            .executableTarget(name: name, dependencies: ["CFuzzerDriver", "FuzzTargets"], path: "Sources/Fuzz/\(name)"))
        package.products.append(.executable(name: name, targets: [name]))
    }
}

// Development aid: `K8S_TUTOR_ONLY=ClusterModel,Kubectl swift test --scratch-path .build-x` keeps only
// those targets, their test targets and what they depend on, so that one part can be built and tested
// while another is mid-change. Unset (as in CI and the README), the whole package is built.
if let only = ProcessInfo.processInfo.environment["K8S_TUTOR_ONLY"], !only.isEmpty {
    var keep = Set(only.split(separator: ",").map { String($0) })
    keep.formUnion(keep.map { $0 + "Tests" })
    var changed = true
    while changed {
        changed = false
        for target in package.targets where keep.contains(target.name) {
            for dependency in target.dependencies {
                if case .byNameItem(let name, _) = dependency, !keep.contains(name) {
                    keep.insert(name)
                    changed = true
                }
            }
        }
    }
    package.targets = package.targets.filter { keep.contains($0.name) }
    package.products = package.products.filter { keep.contains($0.name) }
}
