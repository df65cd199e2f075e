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

    /// The edit script GNU diff finds: Myers' divide-and-conquer search for the middle snake (gnulib `diffseq.h`,
    /// `compareseq`/`diag`, without the heuristics that only large files reach), then `shift_boundaries`.
    private static func script(_ old: [Substring], _ new: [Substring]) -> [Edit] {
        // Lines as integers, equal lines equal numbers (GNU's `equivs`).
        var classes: [Substring: Int] = [:]
        let x = old.map { line in classes[line] ?? { classes[line] = classes.count; return classes.count - 1 }() }
        let y = new.map { line in classes[line] ?? { classes[line] = classes.count; return classes.count - 1 }() }
        // Padded by one on each side: GNU's `changed` arrays have a zero sentinel at both ends.
        var xChanged = [Bool](repeating: false, count: x.count + 2)
        var yChanged = [Bool](repeating: false, count: y.count + 2)
        if x.count * y.count > 25_000_000 {
            for i in x.indices { xChanged[i + 1] = true }
            for j in y.indices { yChanged[j + 1] = true }
        } else {
            var search = MiddleSnake(x: x, y: y)
            search.compare(0, x.count, 0, y.count, xChanged: &xChanged, yChanged: &yChanged)
        }
        shiftBoundaries(&xChanged, x, other: yChanged)
        shiftBoundaries(&yChanged, y, other: xChanged)
        var result: [Edit] = []
        var i = 0
        var j = 0
        while i < x.count || j < y.count {
            if i < x.count, xChanged[i + 1] {
                result.append(.delete(i))
                i += 1
            } else if j < y.count, yChanged[j + 1] {
                result.append(.insert(j))
                j += 1
            } else {
                result.append(.same(i, j))
                i += 1
                j += 1
            }
        }
        return result
    }

    /// `compareseq` and `diag`.
    private struct MiddleSnake {
        let x: [Int]
        let y: [Int]
        var forward: [Int]
        var backward: [Int]
        let offset: Int

        init(x: [Int], y: [Int]) {
            self.x = x
            self.y = y
            offset = y.count + 1
            forward = [Int](repeating: 0, count: x.count + y.count + 3)
            backward = forward
        }

        /// Marks the changed lines of `x[xoff..<xlim]` against `y[yoff..<ylim]` (indices into the padded arrays are +1).
        mutating func compare(_ xoff: Int, _ xlim: Int, _ yoff: Int, _ ylim: Int, xChanged: inout [Bool], yChanged: inout [Bool]) {
            // An explicit stack instead of recursion: the depth follows the edit distance.
            var work = [(xoff, xlim, yoff, ylim)]
            while let (startX, endX, startY, endY) = work.popLast() {
                var xoff = startX, xlim = endX, yoff = startY, ylim = endY
                while xoff < xlim, yoff < ylim, x[xoff] == y[yoff] { xoff += 1; yoff += 1 }
                while xlim > xoff, ylim > yoff, x[xlim - 1] == y[ylim - 1] { xlim -= 1; ylim -= 1 }
                if xoff == xlim {
                    for j in yoff..<ylim { yChanged[j + 1] = true }
                } else if yoff == ylim {
                    for i in xoff..<xlim { xChanged[i + 1] = true }
                } else {
                    let (xmid, ymid) = diag(xoff, xlim, yoff, ylim)
                    // The lower half first, as the recursion does (the order does not change the result).
                    work.append((xmid, xlim, ymid, ylim))
                    work.append((xoff, xmid, yoff, ymid))
                }
            }
        }

        private mutating func diag(_ xoff: Int, _ xlim: Int, _ yoff: Int, _ ylim: Int) -> (Int, Int) {
            let dmin = xoff - ylim, dmax = xlim - yoff
            let fmid = xoff - yoff, bmid = xlim - ylim
            var fmin = fmid, fmax = fmid, bmin = bmid, bmax = bmid
            let odd = (fmid - bmid) & 1 != 0
            forward[fmid + offset] = xoff
            backward[bmid + offset] = xlim
            while true {
                if fmin > dmin { fmin -= 1; forward[fmin - 1 + offset] = -1 } else { fmin += 1 }
                if fmax < dmax { fmax += 1; forward[fmax + 1 + offset] = -1 } else { fmax -= 1 }
                var d = fmax
                while d >= fmin {
                    let tlo = forward[d - 1 + offset], thi = forward[d + 1 + offset]
                    let x0 = tlo < thi ? thi : tlo + 1
                    var xi = x0, yi = x0 - d
                    while xi < xlim, yi < ylim, x[xi] == y[yi] { xi += 1; yi += 1 }
                    forward[d + offset] = xi
                    if odd, bmin <= d, d <= bmax, backward[d + offset] <= xi { return (xi, yi) }
                    d -= 2
                }
                if bmin > dmin { bmin -= 1; backward[bmin - 1 + offset] = Int.max } else { bmin += 1 }
                if bmax < dmax { bmax += 1; backward[bmax + 1 + offset] = Int.max } else { bmax -= 1 }
                d = bmax
                while d >= bmin {
                    let tlo = backward[d - 1 + offset], thi = backward[d + 1 + offset]
                    let x0 = tlo < thi ? tlo : thi - 1
                    var xi = x0, yi = x0 - d
                    while xoff < xi, yoff < yi, x[xi - 1] == y[yi - 1] { xi -= 1; yi -= 1 }
                    backward[d + offset] = xi
                    if !odd, fmin <= d, d <= fmax, xi <= forward[d + offset] { return (xi, yi) }
                    d -= 2
                }
            }
        }
    }

    /// GNU diff's `shift_boundaries` for one file: each run of changes moves back as far as it can (merging with
    /// earlier runs), then forward, and finally back to where it lines up with a change in the other file.
    private static func shiftBoundaries(_ changed: inout [Bool], _ lines: [Int], other: [Bool]) {
        // Padded indices: line k is changed[k + 1]; changed[0] and changed[n + 1] are sentinels.
        let end = lines.count
        func equal(_ a: Int, _ b: Int) -> Bool { lines[a] == lines[b] }
        var i = 0
        var j = 0
        while true {
            while i < end, !changed[i + 1] {
                while other[j + 1] { j += 1 }
                j += 1
                i += 1
            }
            if i == end { break }
            var start = i
            i += 1
            while changed[i + 1] { i += 1 }
            while other[j + 1] { j += 1 }
            var corresponding = end
            var runLength = 0
            repeat {
                runLength = i - start
                while start > 0, equal(start - 1, i - 1) {
                    start -= 1
                    changed[start + 1] = true
                    i -= 1
                    changed[i + 1] = false
                    while start > 0, changed[start] { start -= 1 }
                    repeat { j -= 1 } while other[j + 1]
                }
                corresponding = other[j] ? i : end
                while i != end, equal(start, i) {
                    changed[start + 1] = false
                    start += 1
                    changed[i + 1] = true
                    i += 1
                    while changed[i + 1] { i += 1 }
                    j += 1
                    while other[j + 1] {
                        j += 1
                        corresponding = i
                    }
                }
            } while runLength != i - start
            while corresponding < i {
                start -= 1
                changed[start + 1] = true
                i -= 1
                changed[i + 1] = false
                repeat { j -= 1 } while other[j + 1]
            }
        }
    }
}
