import ClusterModel
import Foundation
import Kubectl
import Testing

@testable import Sandbox

/// Runs every case of ``BadInputCatalogue``: the exact error, the exit status, and a cluster that did not change.
@Suite struct BadInputCatalogueTests {
    @Test func theCatalogueHasAtLeastEightyCases() {
        #expect(BadInputCatalogue.all.count >= 80)
        #expect(Set(BadInputCatalogue.all.map(\.name)).count == BadInputCatalogue.all.count)
    }

    @Test(arguments: BadInputCatalogue.all)
    func badInputIsRefusedAndChangesNothing(_ input: BadInput) throws {
        let folder = try Self.makeFolder(input.realFiles)
        defer { if let folder { try? FileManager.default.removeItem(atPath: folder) } }
        var sandbox = Sandbox(seed: 7, files: input.files, realDirectory: folder)
        let host = BufferedKubectlHost()
        for line in input.setup { _ = sandbox.run(line, host: host) }
        host.clearOutput()
        let before = sandbox.cluster.lastSequence
        let beforeTime = sandbox.cluster.now
        let outcome = sandbox.run(input.line, host: host)
        let check = {
            #expect(host.standardError == input.stderr)
            #expect(host.standardOutput == input.stdout)
            #expect(outcome.exitCode == input.exitCode)
        }
        if let issue = input.knownIssue {
            withKnownIssue(Comment(rawValue: issue)) { check() }
        } else {
            check()
        }
        #expect(sandbox.cluster.lastSequence == before)
        #expect(sandbox.cluster.now == beforeTime)
        #expect(!outcome.changedCluster)
    }

    /// Creates the real entries in a fresh temporary folder, or returns nil when there are none.
    private static func makeFolder(_ entries: [String: BadInput.RealEntry]) throws -> String? {
        guard !entries.isEmpty else { return nil }
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("bad-input-\(UUID().uuidString)").path
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (path, entry) in entries.sorted(by: { $0.key < $1.key }) {
            let full = folder + "/" + path
            switch entry {
            case .text(let text): try Data(text.utf8).write(to: URL(fileURLWithPath: full))
            case .bytes(let bytes): try Data(bytes).write(to: URL(fileURLWithPath: full))
            case .symlink(let target): try manager.createSymbolicLink(atPath: full, withDestinationPath: target)
            case .fifo: #expect(mkfifo(full, 0o600) == 0)
            case .directory: try manager.createDirectory(atPath: full, withIntermediateDirectories: true)
            case .large(let size): try Data(repeating: UInt8(ascii: "a"), count: size).write(to: URL(fileURLWithPath: full))
            }
        }
        return folder
    }
}
