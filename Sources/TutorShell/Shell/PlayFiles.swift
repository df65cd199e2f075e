import Foundation
import TutorialEngine

/// The files free play offers besides the learner's own directory: the first lesson's two manifests, so that the
/// tutorial's commands (`kubectl apply -f pod-with-graceful-termination.yaml`) work from anywhere.
enum PlayFiles {
    /// The manifests of the Kubernetes tutorial the first lesson follows.
    static let names = ["pod-with-graceful-termination.yaml", "explore-graceful-termination-nginx.yaml"]

    /// The manifests, except those `realDirectory` already has a file of the same name for (the learner's own
    /// files win). Read from the embedded lessons: no lesson is parsed.
    static func files(realDirectory: String?) -> [String: String] {
        guard let bundle = BuiltinLessons.bundles.first(where: { $0.id == "pod-termination" }) else { return [:] }
        var files: [String: String] = [:]
        for name in names {
            guard let text = bundle.files[name] else { continue }
            if let realDirectory, FileManager.default.fileExists(atPath: realDirectory.hasSuffix("/") ? realDirectory + name : realDirectory + "/" + name) {
                continue
            }
            files[name] = text
        }
        return files
    }
}
