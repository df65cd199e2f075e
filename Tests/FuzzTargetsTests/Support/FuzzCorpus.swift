import Foundation
import FuzzTargets

/// The committed corpus of a fuzz target: `Fuzz/Corpus/<target>/` in the repository.
enum FuzzCorpus {
    /// The repository's root folder, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The corpus folder of `target`.
    static func folder(_ target: FuzzTarget) -> URL {
        root.appendingPathComponent("Fuzz/Corpus/\(target.rawValue)")
    }

    /// Every input of `target`'s corpus, by file name, in name order.
    static func inputs(_ target: FuzzTarget) throws -> [(name: String, bytes: [UInt8])] {
        let folder = folder(target)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.sorted()
        return try names.map { name in
            (name, [UInt8](try Data(contentsOf: folder.appendingPathComponent(name))))
        }
    }
}
