import ClusterModel
import Kubectl
import TerminalText

/// `traffic`: the load generator of the simulated cluster, for watching requests move between pods.
///
/// `traffic start TARGET [--rate N/s] [--port P] [--path /PATH]` sends requests on the virtual clock from the
/// control-plane node's network to a Service name (or any name or address a pod could use); `traffic` prints what
/// happened so far, per serving pod (the last five seconds and since the start) with the failures;
/// `traffic stop` prints the same and stops. The summary is deterministic in script mode.
enum TrafficCommand {
    static func run(_ arguments: [String], cluster: inout Cluster, namespace: String = "default", host: some KubectlHost) -> Int32 {
        let zh = host.language == "zh-CN"
        switch arguments.first {
        case nil, "status":
            guard let load = cluster.loadGenerator else {
                host.write(zh ? "没有正在运行的流量；用 traffic start SERVICE 开始发送请求\n" : "no traffic is running; start some with traffic start SERVICE\n")
                return 0
            }
            host.write(summary(load, now: cluster.now, zh: zh))
            return 0
        case "stop":
            guard let load = cluster.stopLoad() else {
                host.writeError(zh ? "traffic: 没有正在运行的流量\n" : "traffic: no traffic is running\n")
                return 1
            }
            host.write(summary(load, now: cluster.now, zh: zh))
            host.write(zh ? "流量已停止\n" : "traffic stopped\n")
            return 0
        case "start":
            var target: String? = nil
            var rate = 5.0
            var port = 80
            var path = "/"
            var rest = Array(arguments.dropFirst())
            while !rest.isEmpty {
                let word = rest.removeFirst()
                let value: String?
                if let equals = word.firstIndex(of: "="), word.hasPrefix("--") {
                    value = String(word[word.index(after: equals)...])
                } else if word.hasPrefix("--") {
                    value = rest.isEmpty ? nil : rest.removeFirst()
                } else {
                    value = nil
                }
                let flag = word.hasPrefix("--") ? String(word.prefix { $0 != "=" }) : ""
                switch flag {
                case "--rate":
                    guard let value, let parsed = parseRate(value) else { return usage(zh ? "traffic: --rate 应为每秒请求数，如 5/s 或 2" : "traffic: --rate takes requests per second, like 5/s or 2", host) }
                    rate = parsed
                case "--port":
                    guard let value, let parsed = Int(value), (1...65535).contains(parsed) else { return usage(zh ? "traffic: --port 应为 1 到 65535 的端口号" : "traffic: --port takes a port number from 1 to 65535", host) }
                    port = parsed
                case "--path":
                    guard let value, value.hasPrefix("/") else { return usage(zh ? "traffic: --path 应以 / 开头" : "traffic: --path must start with /", host) }
                    path = value
                case "":
                    guard target == nil else { return usage(zh ? "traffic: 只能指定一个目标" : "traffic: give one target", host) }
                    target = word
                default:
                    return usage(zh ? "traffic: 未知参数 \(word)" : "traffic: unknown flag \(word)", host)
                }
            }
            guard var target else { return usage(zh ? "traffic: 请指定目标，例如 traffic start nginx-service" : "traffic: name a target, e.g. traffic start nginx-service", host) }
            if let colon = target.lastIndex(of: ":"), let parsed = Int(target[target.index(after: colon)...]) {
                port = parsed
                target = String(target[..<colon])
            }
            cluster.startLoad(target: target, port: port, path: path, rate: rate, namespace: namespace)
            let shown = number(rate)
            host.write(
                zh
                    ? "流量：每秒 \(shown) 个请求发往 \(target):\(port)\(path == "/" ? "" : path)（从节点 kind-control-plane 发出）；traffic 查看统计，traffic stop 停止\n"
                    : "traffic: \(shown) requests/s to \(target):\(port)\(path == "/" ? "" : path) from node kind-control-plane; traffic shows what happened, traffic stop ends it\n")
            return 0
        default:
            return usage(zh ? "traffic: 未知子命令 \(arguments[0])" : "traffic: unknown subcommand \(arguments[0])", host)
        }
    }

    /// `5/s`, `5`, `30/m`: requests per second (at most 100).
    static func parseRate(_ text: String) -> Double? {
        var number = Substring(text)
        var perMinute = false
        if number.hasSuffix("/s") { number = number.dropLast(2) } else if number.hasSuffix("/m") {
            number = number.dropLast(2)
            perMinute = true
        }
        guard let value = Double(number), value > 0, value.isFinite else { return nil }
        let rate = perMinute ? value / 60 : value
        return rate <= 100 ? rate : nil
    }

    /// A rate as people write it: `5`, `0.5`, `2.25` (at most two decimals).
    private static func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = String(hundredths / 100)
        let fraction = hundredths % 100
        if fraction == 0 { return whole }
        return whole + "." + (fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction))
    }

    /// Rows in columns three spaces apart, by display width (the Chinese headers are two columns a character).
    private static func aligned(_ rows: [[String]]) -> String {
        let widths = (0..<(rows.first?.count ?? 0)).map { column in rows.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - DisplayWidth.of(cell) + 3)
            }.joined() + "\n"
        }.joined()
    }

    private static func usage(_ message: String, _ host: some KubectlHost) -> Int32 {
        host.writeError(message + "\n" + "usage: traffic start TARGET [--rate N/s] [--port P] [--path /PATH] | traffic | traffic stop\n")
        return 1
    }

    /// What the generator saw: totals, then per pod the last five seconds and the whole run, then the failures.
    static func summary(_ load: LoadGenerator, now: Timestamp, zh: Bool) -> String {
        let elapsed = HumanDuration.string(milliseconds: now.milliseconds - load.startedAt.milliseconds)
        let rate = number(1 / load.interval)
        var text =
            zh
            ? "发往 \(load.target):\(load.port) 的流量（每秒 \(rate) 个请求，已持续 \(elapsed)）：共 \(load.total) 个请求，\(load.failed) 个失败\n"
            : "traffic to \(load.target):\(load.port) (\(rate)/s for \(elapsed)): \(load.total) requests, \(load.failed) failed\n"
        let recent = load.recent(5, now: now)
        var lastFive: [String: Int] = [:]
        var recentFailures = 0
        for sample in recent {
            if let pod = sample.servedBy { lastFive[pod, default: 0] += 1 } else { recentFailures += 1 }
        }
        let pods = Set(load.servedByPod.keys).union(lastFive.keys).sorted()
        if !pods.isEmpty || recentFailures > 0 {
            let header = zh ? ["POD", "最近 5 秒", "总计"] : ["POD", "LAST 5S", "TOTAL"]
            var rows = [header]
            for pod in pods { rows.append([pod, String(lastFive[pod] ?? 0), String(load.servedByPod[pod] ?? 0)]) }
            if load.failed > 0 { rows.append([zh ? "（失败）" : "(failed)", String(recentFailures), String(load.failed)]) }
            text += aligned(rows)
        }
        if load.failed > 0 {
            let kinds = load.failures.keys.sorted().map { kind in
                let name: String
                switch kind {
                case "refused": name = zh ? "连接被拒绝" : "connection refused"
                case "timeout": name = zh ? "连接超时" : "timed out"
                default: name = zh ? "无法解析名称" : "name not resolved"
                }
                return "\(load.failures[kind]!) \(name)"
            }
            let last = load.samples.last { $0.servedBy == nil }.map { String($0.time.rfc3339.dropFirst(11).prefix(8)) }
            text += zh ? "失败：\(kinds.joined(separator: "，"))\(last.map { "（最近一次在 \($0)）" } ?? "")\n" : "failures: \(kinds.joined(separator: ", "))\(last.map { " (the last at \($0))" } ?? "")\n"
        }
        return text
    }
}
