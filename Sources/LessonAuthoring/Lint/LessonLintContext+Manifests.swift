import ClusterModel
import Kubectl
import Yams

extension LessonLintContext {
    /// Applies every listed manifest to a fresh cluster, in order, reporting what the API server would reject.
    mutating func checkManifests() {
        let listed = definition?.files ?? (root?["files"]?.sequence?.compactMap(\.string) ?? [])
        var cluster = Cluster(seed: 1)
        for file in listed where Self.staysInside(file) {
            guard let text = files[file] else {
                if let index = listed.firstIndex(of: file) {
                    report(at: YAMLPath([.key("files"), .index(index)]), "file '\(file)' is not in the lesson folder",
                           fix: Spelling.didYouMean(file, among: files.keys.sorted()))
                }
                continue
            }
            guard file.hasSuffix(".yaml") || file.hasSuffix(".yml") || file.hasSuffix(".json") else { continue }
            guard let documents = parseYAML(file, { try YAMLAliasBudget.composeAll(text) }) else { continue }
            for document in documents {
                let manifest = YAMLJSON.value(document)
                if manifest.isNull { continue }
                do throws(APIError) {
                    _ = try Kubectl.apply(manifest, to: &cluster)
                } catch {
                    let field = error.causes.first?.field ?? ""
                    let mark = field.isEmpty ? document.mark : YAMLJSON.path(ofField: field).valueMark(in: document)
                    report(file, mark, "the cluster rejects this manifest: \(error.kubectlMessage)")
                }
            }
        }
        for name in files.keys.sorted() where (name.hasSuffix(".yaml") || name.hasSuffix(".yml")) && name != "lesson.yaml"
            && !name.hasPrefix("tests/") && !listed.contains(name)
        {
            report(name, nil, "'\(name)' is not listed under 'files' in lesson.yaml; the learner will not see it", severity: .warning)
        }
    }
}
