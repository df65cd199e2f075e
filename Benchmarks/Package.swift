// swift-tools-version: 6.1
// Benchmarks of the simulated cluster (ClusterModel). A separate package: the root package never depends on it,
// so CI does not build it. Run from this folder:
//   swift package --disable-sandbox benchmark            (ordo-one/package-benchmark)
//   swift run -c release ClusterTimings                  (plain ContinuousClock timings, medians, peak RSS)
//
// ClusterModel comes from the root package (its library product), built in release mode here.

import PackageDescription

let package = Package(
    name: "Benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "k8s-tutor", path: ".."),
        .package(url: "https://github.com/ordo-one/package-benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .target(
            name: "ClusterScenarios",
            dependencies: [.product(name: "ClusterModel", package: "k8s-tutor")],
            path: "Sources/ClusterScenarios"
        ),
        .executableTarget(
            name: "ClusterBenchmarks",
            dependencies: [
                "ClusterScenarios", .product(name: "ClusterModel", package: "k8s-tutor"),
                .product(name: "Benchmark", package: "package-benchmark"),
            ],
            path: "Benchmarks/ClusterBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
        .executableTarget(
            name: "ClusterTimings",
            dependencies: ["ClusterScenarios", .product(name: "ClusterModel", package: "k8s-tutor")],
            path: "Sources/ClusterTimings"
        ),
    ],
    swiftLanguageModes: [.v6]
)
