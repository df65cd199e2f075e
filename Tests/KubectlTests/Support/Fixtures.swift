import Foundation

/// Test fixture files (the tutorial manifest and friends), read from `Golden/files`.
enum Fixtures {
    /// The folder holding this test target's golden transcripts.
    static var goldenDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")
    }

    /// Every file under `Golden/files`, keyed by file name.
    static var files: [String: String] {
        let folder = goldenDirectory.appendingPathComponent("files")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var result: [String: String] = [:]
        for name in names {
            result[name] = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        return result
    }

    /// The tutorial manifest: Deployment `nginx-deployment` and Service `nginx-service`.
    static var tutorialManifest: String { files["pod-with-graceful-termination.yaml"] ?? "" }
}
