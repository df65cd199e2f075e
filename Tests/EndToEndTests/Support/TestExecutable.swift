import Foundation

/// Finds the built `k8s-tutor` binary for end-to-end tests.
///
/// The EndToEndTests target depends on the executable, so SwiftPM builds it into the same
/// directory as the test bundle (`<scratch>/<triple>/debug/`). `K8S_TUTOR_BINARY` overrides.
enum TestExecutable {
    /// The path of `k8s-tutor`, or nil when it cannot be found.
    static var k8sTutor: String? {
        path(named: "k8s-tutor")
    }

    static func path(named name: String) -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let override = environment["K8S_TUTOR_BINARY"], !override.isEmpty { return override }
        for directory in candidateDirectories() {
            let candidate = directory + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The test bundle's directory (Linux: the running `.xctest` executable; macOS: the bundle's
    /// parent), then the default scratch folder next to this source file.
    static func candidateDirectories() -> [String] {
        var directories: [String] = []
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            directories.append((executable as NSString).deletingLastPathComponent)
        }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            directories.append((bundle.bundlePath as NSString).deletingLastPathComponent)
        }
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        directories.append(packageRoot.appendingPathComponent(".build/debug").path)
        return directories
    }
}
