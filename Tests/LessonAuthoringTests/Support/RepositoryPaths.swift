import Foundation

/// Paths of the repository and of the test fixtures, found from this file's location.
enum RepositoryPaths {
    /// The repository root.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// `lessons/` of the repository.
    static var lessons: String { root + "/lessons" }

    /// A fixture folder.
    static func fixture(_ name: String) -> String { root + "/Tests/LessonAuthoringTests/Fixtures/" + name }
}
