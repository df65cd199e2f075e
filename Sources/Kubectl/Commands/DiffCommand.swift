import ClusterModel

/// `kubectl diff -f FILE` (`pkg/cmd/diff/diff.go`): the live object and the object a server-side dry run of
/// `apply` gives, each written as YAML, compared as `diff -u -N LIVE-… MERGED-…` compares the two directories.
/// Exit 1 when something differs, 0 when nothing does.
///
/// Real kubectl runs the host's `diff` program on two temporary directories. k8s-tutor runs no host programs (the
/// shell is simulated and must behave the same everywhere), so ``UnifiedDiff`` computes GNU diff's unified output
/// in-process, and the directory names are made up deterministically instead of `os.MkdirTemp`'s random ones.
enum DiffCommand {
    static func run(_ context: CommandContext, cluster: inout some ClusterClient) throws(KubectlError) -> Int32 {
        let command = context.command
        if command.filenames.isEmpty && command.flags["kustomize"] == nil { throw .plain("must specify one of -f and -k") }
        if command.flags["kustomize"] != nil {
            throw .tutor(
                "-k/--kustomize is not supported by this simulated cluster; diff with -f and the manifest files",
                "k8s-tutor 的模拟集群暂不支持 -k/--kustomize；请用 -f 指定清单文件")
        }
        if command.bool("server-side") || command.bool("prune") {
            throw .tutor(
                "kubectl diff --server-side and --prune are not supported by this simulated cluster; diff without them",
                "k8s-tutor 的模拟集群暂不支持 kubectl diff 的 --server-side 和 --prune；请去掉这些参数")
        }
        let loaded = ManifestLoader.load(command.filenames, host: context.host, recursive: command.bool("recursive"))
        if loaded.interrupted { return 130 }
        if let error = loaded.error { throw KubectlError(message: error) }
        let selector = try TargetResolution.parseSelector(command.selector)
        var files: [(name: String, live: String?, merged: String)] = []
        for document in loaded.documents {
            var object = document.object
            let apiVersion = object["apiVersion"].string ?? ""
            let kind = object["kind"].string ?? ""
            let name = object["metadata"]["name"].string ?? ""
            guard let type = ResourceType.forManifest(apiVersion: apiVersion, kind: kind) else {
                throw .plain("resource mapping not found for name: \"\(name)\" namespace: \"\(object["metadata"]["namespace"].string ?? "")\" from \"\(document.source)\": no matches for kind \"\(kind)\" in version \"\(apiVersion)\"\nensure CRDs are installed first")
            }
            if let selector, !selector.matches(object["metadata"]["labels"].stringMap) { continue }
            if type.namespaced, (object["metadata"]["namespace"].string ?? "").isEmpty {
                object["metadata"]["namespace"] = .string(context.namespace)
            }
            let namespace = type.namespaced ? object["metadata"]["namespace"].string : nil
            let live = cluster.object(type, namespace: namespace, name: name)
            let merged: JSONValue
            do {
                merged = try ClientSideApply.apply(object, type: type, to: &cluster, options: WriteOptions(dryRun: true)).object
            } catch {
                throw KubectlError(message: OutputSupport.apiErrorMessage(error, verb: "patching", source: document.source))
            }
            var (before, after) = (live, merged)
            if type == .secrets && !command.bool("show-secrets") { (before, after) = mask(before, after) }
            if !command.bool("show-managed-fields") {
                before?["metadata"]["managedFields"] = .null
                after["metadata"]["managedFields"] = .null
            }
            // `InfoObject.Name`: group (when there is one), version, kind, namespace, name.
            let fileName = (type.group.isEmpty ? "" : type.group + ".") + "\(type.version).\(type.kind).\(namespace ?? "").\(name)"
            files.append((fileName, before.map { ObjectPrinter.yaml([$0], single: true) }, ObjectPrinter.yaml([after], single: true)))
        }
        let seed = command.filenames.joined(separator: "\u{0}").utf8.reduce(UInt32(2_166_136_261)) { ($0 ^ UInt32($1)) &* 16_777_619 }
            ^ UInt32(truncatingIfNeeded: cluster.now.milliseconds)
        let liveDirectory = "/tmp/LIVE-\(seed)"
        let mergedDirectory = "/tmp/MERGED-\(seed &* 1_103_515_245 &+ 12_345)"
        let stamp = fileTime(cluster.now)
        var different = false
        for file in files.sorted(by: { $0.name < $1.name }) {
            let old = file.live.map(UnifiedDiff.lines) ?? []
            let new = UnifiedDiff.lines(file.merged)
            let hunks = UnifiedDiff.hunks(old, new)
            if hunks.isEmpty { continue }
            different = true
            let from = "\(liveDirectory)/\(file.name)"
            let to = "\(mergedDirectory)/\(file.name)"
            // `-N` treats a missing file as empty; GNU diff dates it at the epoch.
            context.out("diff -u -N \(from) \(to)\n--- \(from)\t\(file.live == nil ? "1970-01-01 00:00:00.000000000 +0000" : stamp)\n+++ \(to)\t\(stamp)\n")
            context.out(hunks)
        }
        return different ? 1 : 0
    }

    /// `Masker`: the values under a Secret's `data` become `***`, or `*** (before)` / `*** (after)` where they
    /// differ. Nothing else is masked (the last-applied annotation shows the values, in kubectl too).
    private static func mask(_ before: JSONValue?, _ after: JSONValue) -> (JSONValue?, JSONValue) {
        var from = before
        var to = after
        for field in ["data"] {
            let old = before?[field].object ?? [:]
            let new = after[field].object ?? [:]
            for key in Set(old.keys).union(new.keys) {
                let differs = old[key] != nil && new[key] != nil && old[key] != new[key]
                if old[key] != nil { from?[field][key] = .string(differs ? "*** (before)" : "***") }
                if new[key] != nil { to[field][key] = .string(differs ? "*** (after)" : "***") }
            }
        }
        return (from, to)
    }

    /// A file's modification time as GNU diff prints it: `2026-11-28 12:00:00.000000000 +0000`.
    private static func fileTime(_ time: Timestamp) -> String {
        let base = time.rfc3339.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: "")
        let millis = Int(((time.milliseconds % 1000) + 1000) % 1000)
        let fraction = String(millis).count < 3 ? String(repeating: "0", count: 3 - String(millis).count) + String(millis) : String(millis)
        return "\(base).\(fraction)000000 +0000"
    }
}

/// GNU diff's unified format (`diff -u`): hunks of changes with three lines of context, a hunk's deleted lines
/// before its added ones, `@@ -l,s +l,s @@` headers (`,1` left out, an empty side numbered from the line before).
enum UnifiedDiff {
    /// The lines of a text (without their newlines; a missing final newline is not marked, as YAML always ends with one).
    static func lines(_ text: String) -> [Substring] {
        var result = text.split(separator: "\n", omittingEmptySubsequences: false)
        if result.last == "" { result.removeLast() }
        return result
    }

    /// One line of the edit script.
    private enum Edit {
        case same(Int, Int), delete(Int), insert(Int)
    }

    /// The hunks, as text; empty when the texts are equal.
    static func hunks(_ old: [Substring], _ new: [Substring], context: Int = 3) -> String {
        let edits = script(old, new)
        guard edits.contains(where: { if case .same = $0 { return false } else { return true } }) else { return "" }
        // Group changes whose gap of unchanged lines is at most twice the context.
        var groups: [Range<Int>] = []
        var index = 0
        while index < edits.count {
            guard case .same = edits[index] else {
                var end = index
                var scan = index
                while scan < edits.count {
                    if case .same = edits[scan] {
                        var run = scan
                        while run < edits.count, case .same = edits[run] { run += 1 }
                        if run == edits.count || run - scan > 2 * context { break }
                        scan = run
                    } else {
                        scan += 1
                        end = scan
                    }
                }
                groups.append(max(0, index - context)..<min(edits.count, end + context))
                index = end
                continue
            }
            index += 1
        }
        var out = ""
        for group in groups {
            var oldStart = 0, newStart = 0, oldCount = 0, newCount = 0
            var deleted: [String] = []
            var inserted: [String] = []
            var body = ""
            func flush() {
                body += deleted.joined() + inserted.joined()
                deleted = []
                inserted = []
            }
            var first = true
            for position in group {
                switch edits[position] {
                case .same(let a, let b):
                    if first { oldStart = a; newStart = b }
                    flush()
                    body += " \(old[a])\n"
                    oldCount += 1
                    newCount += 1
                case .delete(let a):
                    if first { oldStart = a; newStart = nextNew(edits, from: position) }
                    deleted.append("-\(old[a])\n")
                    oldCount += 1
                case .insert(let b):
                    if first { newStart = b; oldStart = nextOld(edits, from: position) }
                    inserted.append("+\(new[b])\n")
                    newCount += 1
                }
                first = false
            }
            flush()
            out += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n" + body
        }
        return out
    }

    private static func range(_ start: Int, _ count: Int) -> String {
        if count == 0 { return "\(start),0" }
        return count == 1 ? "\(start + 1)" : "\(start + 1),\(count)"
    }

    /// The old-file index at an insertion that opens a hunk (lines before it all belong to the old file).
    private static func nextOld(_ edits: [Edit], from position: Int) -> Int {
        for edit in edits[position...] {
            switch edit {
            case .same(let a, _), .delete(let a): return a
            case .insert: continue
            }
        }
        return edits.reduce(0) { count, edit in if case .insert = edit { return count } else { return count + 1 } }
    }

    private static func nextNew(_ edits: [Edit], from position: Int) -> Int {
        for edit in edits[position...] {
            switch edit {
            case .same(_, let b), .insert(let b): return b
            case .delete: continue
            }
        }
        return edits.reduce(0) { count, edit in if case .delete = edit { return count } else { return count + 1 } }
    }

    /// A shortest edit script: common head and tail kept, the middle by a longest common subsequence (or, when it
    /// is too large to compare line by line, replaced as a whole).
    private static func script(_ old: [Substring], _ new: [Substring]) -> [Edit] {
        var head = 0
        while head < old.count, head < new.count, old[head] == new[head] { head += 1 }
        var tail = 0
        while tail < old.count - head, tail < new.count - head, old[old.count - 1 - tail] == new[new.count - 1 - tail] { tail += 1 }
        let a = Array(old[head..<(old.count - tail)])
        let b = Array(new[head..<(new.count - tail)])
        var edits: [Edit] = (0..<head).map { .same($0, $0) }
        if a.count * b.count > 4_000_000 {
            edits += a.indices.map { .delete(head + $0) } + b.indices.map { .insert(head + $0) }
        } else {
            // lcs[i][j]: the longest common subsequence of a[i...] and b[j...].
            var lcs = [[Int32]](repeating: [Int32](repeating: 0, count: b.count + 1), count: a.count + 1)
            for i in stride(from: a.count - 1, through: 0, by: -1) {
                for j in stride(from: b.count - 1, through: 0, by: -1) {
                    lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
                }
            }
            var i = 0
            var j = 0
            while i < a.count || j < b.count {
                if i < a.count, j < b.count, a[i] == b[j] {
                    edits.append(.same(head + i, head + j))
                    i += 1
                    j += 1
                } else if j == b.count || (i < a.count && lcs[i + 1][j] >= lcs[i][j + 1]) {
                    edits.append(.delete(head + i))
                    i += 1
                } else {
                    edits.append(.insert(head + j))
                    j += 1
                }
            }
        }
        edits += (0..<tail).map { .same(old.count - tail + $0, new.count - tail + $0) }
        return edits
    }
}
