// swift-tools-version: 6.1
// Benchmarks of the simulated cluster (ClusterModel). A separate package: the root package never depends on it,
// so CI does not build it. Run from this folder:
//   swift package --disable-sandbox benchmark            (ordo-one/package-benchmark)
//   swift run -c release ClusterTimings                  (plain ContinuousClock timings, medians, peak RSS)
//
// The root package exports no ClusterModel library product, so the sources are compiled here through the
// symlink Sources/ClusterModel -> ../../Sources/ClusterModel.

import PackageDescription

let package = Package(
    name: "Benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(url: "https://github.com/ordo-one/package-benchmark", from: "1.38.1", traits: ["MallocInterposer"])
    ],
    targets: [
        .target(name: "ClusterModel", path: "Sources/ClusterModel"),
        .executableTarget(
            name: "ClusterBenchmarks",
            dependencies: ["ClusterModel", .product(name: "Benchmark", package: "package-benchmark")],
            path: "Benchmarks/ClusterBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
        .executableTarget(name: "ClusterTimings", dependencies: ["ClusterModel"], path: "Sources/ClusterTimings"),
    ],
    swiftLanguageModes: [.v6]
)
