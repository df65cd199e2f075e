/// The network tools of the images, as a `kubectl exec` runs them: curl, BusyBox wget and nslookup, and glibc's
/// getent. Each network call stops the run until the cluster has answered it (`Stop.effect`); the run is then
/// replayed from the start with the answers so far, so the interpreter itself never touches the cluster.
extension ShellInterpreter {
    /// The cluster's answer to the next network call, or a stop until it is known.
    mutating func effect(_ call: ContainerEffect) throws(Stop) -> ContainerEffectResult {
        defer { effectsMade += 1 }
        if effectsMade < context.effectResults.count { return context.effectResults[effectsMade] }
        run.pendingEffect = (call, clock)
        throw Stop.effect
    }

    /// Runs `curl`, `wget`, `nslookup` or `getent`.
    mutating func networkProgram(_ name: String, _ arguments: [String]) throws(Stop) -> Int {
        switch name {
        case "curl": return try curl(arguments)
        case "wget": return try wget(arguments)
        case "nslookup": return try nslookup(arguments)
        default: return try getent(arguments)
        }
    }

    /// The parts of a URL curl and wget read: `[http://]host[:port][/path]`.
    private static func parseURL(_ text: String) -> (scheme: String, host: String, port: Int, path: String)? {
        var rest = Substring(text)
        var scheme = "http"
        let characters = Array(rest)
        if let colon = characters.firstIndex(of: ":"), colon + 2 < characters.count, characters[colon + 1] == "/", characters[colon + 2] == "/" {
            scheme = String(characters[..<colon]).lowercased()
            rest = rest.dropFirst(colon + 3)
        }
        let hostPart = rest.prefix { $0 != "/" && $0 != "?" }
        let path = rest.dropFirst(hostPart.count)
        var host = String(hostPart)
        var port = scheme == "https" ? 443 : 80
        if let colon = host.lastIndex(of: ":") {
            guard let number = Int(host[host.index(after: colon)...]), (1...65535).contains(number) else { return nil }
            port = number
            host = String(host[..<colon])
        }
        guard !host.isEmpty else { return nil }
        return (scheme, host, port, path.isEmpty ? "/" : String(path))
    }

    /// The curl version of the image (the `User-Agent`).
    private var curlVersion: String { context.flavour == .busybox ? "8.17.0" : "8.14.1" }

    // MARK: curl

    private mutating func curl(_ arguments: [String]) throws(Stop) -> Int {
        var silent = false, showError = false, include = false, head = false, verbose = false, fail = false
        var output: String? = nil
        var writeOut: String? = nil
        var maxTime: Double? = nil
        var method = "GET"
        var userAgent = "curl/" + curlVersion
        var urls: [String] = []
        var index = 0
        func value() -> String? {
            index += 1
            return index < arguments.count ? arguments[index] : nil
        }
        while index < arguments.count {
            let argument = arguments[index]
            switch argument {
            case "-s", "--silent": silent = true
            case "-S", "--show-error": showError = true
            case "-i", "--include": include = true
            case "-I", "--head": head = true
            case "-v", "--verbose": verbose = true
            case "-f", "--fail": fail = true
            case "-L", "--location", "-k", "--insecure", "-N", "--no-buffer", "-4", "-q": break
            case "-o", "--output": output = value()
            case "-w", "--write-out": writeOut = value()
            case "-m", "--max-time", "--connect-timeout": maxTime = value().flatMap(Double.init)
            case "-X", "--request": method = value() ?? method
            case "-A", "--user-agent": userAgent = value() ?? userAgent
            case "-H", "--header", "-d", "--data", "-u", "--user", "-e", "--referer": _ = value()
            default:
                if argument.hasPrefix("--") {
                    writeError("curl: option \(argument): is unknown")
                    writeError("curl: try 'curl --help' or 'curl --manual' for more information")
                    return 2
                }
                if argument.hasPrefix("-"), argument.count > 2 {
                    // Combined short options (`-sS`, `-sI`, `-so`): the last one may take the next argument.
                    let flags = Array(argument.dropFirst())
                    for (position, flag) in flags.enumerated() {
                        switch flag {
                        case "s": silent = true
                        case "S": showError = true
                        case "i": include = true
                        case "I": head = true
                        case "v": verbose = true
                        case "f": fail = true
                        case "L", "k": break
                        case "o" where position == flags.count - 1: output = value()
                        case "w" where position == flags.count - 1: writeOut = value()
                        case "m" where position == flags.count - 1: maxTime = value().flatMap(Double.init)
                        default:
                            writeError("curl: option -\(flag): is unknown")
                            return 2
                        }
                    }
                } else {
                    urls.append(argument)
                }
            }
            index += 1
        }
        if head { method = "HEAD" }
        guard let urlText = urls.first else {
            writeError("curl: no URL specified")
            writeError("curl: try 'curl --help' or 'curl --manual' for more information")
            return 2
        }
        guard let url = ShellInterpreter.parseURL(urlText) else {
            writeError("curl: (3) URL rejected: Bad hostname")
            return 3
        }
        guard url.scheme == "http" || url.scheme == "https" else {
            if !silent || showError { writeError("curl: (1) Protocol \"\(url.scheme)\" not supported") }
            return 1
        }
        let meter = !silent && !verbose && !context.terminal && output != "/dev/null" || (!silent && output != nil && output != "/dev/null")
        if meter {
            writeError("  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current")
            writeError("                                 Dload  Upload   Total   Spent    Left  Speed")
        }
        let request = HTTPRequest(
            client: .pod(namespace: context.namespace, name: context.hostname), host: url.host, port: url.port, method: method, path: url.path,
            userAgent: userAgent)
        guard case .response(let outcome) = try effect(.request(request)) else { return 1 }
        func failure(_ code: Int, _ message: String) -> Int {
            // The meter's last line ends in a carriage return, so the error follows on the same line.
            let meterLine = meter ? "  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0" : ""
            if !silent || showError {
                writeError(meterLine + "curl: (\(code)) \(message)")
            } else if meter {
                writeError(meterLine)
            }
            if let writeOut { try? writeOutput(ShellInterpreter.curlWriteOut(writeOut, code: "000", address: "", url: urlText)) }
            return code
        }
        switch outcome {
        case .unresolved(let host):
            if verbose { writeError("* Could not resolve host: \(host)") }
            return failure(6, "Could not resolve host: \(host)")
        case .refused(let address):
            if verbose { writeError("*   Trying \(address):\(url.port)...") }
            return failure(7, "Failed to connect to \(url.host) port \(url.port) after 0 ms: Could not connect to server")
        case .timedOut(let address):
            if verbose { writeError("*   Trying \(address):\(url.port)...") }
            if let maxTime {
                try wait(maxTime)
                return failure(28, "Connection timed out after \(Int(maxTime * 1000) + 1) milliseconds")
            }
            try wait(134)
            return failure(28, "Failed to connect to \(url.host) port \(url.port) after 134000 ms: Could not connect to server")
        case .response(let response):
            if verbose {
                writeError("* Host \(url.host):\(url.port) was resolved.")
                writeError("*   Trying \(response.address):\(url.port)...")
                writeError("* Connected to \(url.host) (\(response.address)) port \(url.port)")
                writeError("> \(method) \(url.path) HTTP/1.1")
                writeError("> Host: \(url.host)\(url.port == 80 ? "" : ":\(url.port)")")
                writeError("> User-Agent: \(userAgent)")
                writeError("> Accept: */*")
                writeError(">")
                writeError("< HTTP/1.1 \(response.status) \(response.reason)")
                for header in response.headers { writeError("< \(header.name): \(header.value)") }
                writeError("<")
            }
            if fail, response.status >= 400 {
                return failure(22, "The requested URL returned error: \(response.status)")
            }
            var text = ""
            if include || head {
                text += "HTTP/1.1 \(response.status) \(response.reason)\r\n"
                for header in response.headers { text += "\(header.name): \(header.value)\r\n" }
                text += "\r\n"
            }
            if !head { text += response.body }
            if let output, output != "-" {
                if output != "/dev/null" {
                    files[output] = text
                    run.fileChanges.append(.init(offset: clock, path: output, exists: true))
                }
            } else {
                try writeOutput(text)
            }
            if meter {
                let size = String(response.body.utf8.count)
                let padded = String(repeating: " ", count: max(0, 5 - size.count)) + size
                writeError("100 \(padded)  100 \(padded)    0     0   600k      0 --:--:-- --:--:-- --:--:--  600k")
            }
            if verbose { writeError("* Connection #0 to host \(url.host) left intact") }
            if let writeOut { try writeOutput(ShellInterpreter.curlWriteOut(writeOut, code: String(response.status), address: response.address, url: urlText)) }
            return 0
        }
    }

    /// curl's `--write-out` with the variables a learner uses.
    private static func curlWriteOut(_ format: String, code: String, address: String, url: String) -> String {
        format.replacingOccurrences("%{http_code}", with: code).replacingOccurrences("%{response_code}", with: code)
            .replacingOccurrences("%{remote_ip}", with: address).replacingOccurrences("%{url_effective}", with: url)
            .replacingOccurrences("%{time_total}", with: "0.001000").replacingOccurrences("\\n", with: "\n")
    }

    // MARK: BusyBox wget

    private mutating func wget(_ arguments: [String]) throws(Stop) -> Int {
        var quiet = false
        var output: String? = nil
        var timeout: Double? = nil
        var spider = false
        var urls: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            switch argument {
            case "-q", "--quiet": quiet = true
            case "-O":
                index += 1
                output = index < arguments.count ? arguments[index] : nil
            case "-qO-", "-qO", "-O-":
                quiet = quiet || argument.hasPrefix("-q")
                if argument.hasSuffix("-") && argument != "-qO" { output = "-" } else {
                    index += 1
                    output = index < arguments.count ? arguments[index] : nil
                }
            case "-T":
                index += 1
                timeout = index < arguments.count ? Double(arguments[index]) : nil
            case "--spider", "-S": spider = spider || argument == "--spider"
            default: urls.append(argument)
            }
            index += 1
        }
        guard let urlText = urls.first, let url = ShellInterpreter.parseURL(urlText) else {
            writeError("BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.")
            writeError("")
            writeError("Usage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]")
            writeError("\t[--post-data STR | --post-file FILE] [-Y on/off]")
            writeError("\t[--no-check-certificate] [-P DIR] [-U AGENT] [-T SEC] URL...")
            return 1
        }
        let request = HTTPRequest(
            client: .pod(namespace: context.namespace, name: context.hostname), host: url.host, port: url.port, method: spider ? "HEAD" : "GET",
            path: url.path, userAgent: "Wget")
        guard case .response(let outcome) = try effect(.request(request)) else { return 1 }
        switch outcome {
        case .unresolved(let host):
            writeError("wget: bad address '\(host)'")
            return 1
        case .refused(let address):
            if !quiet { writeError("Connecting to \(url.host) (\(address):\(url.port))") }
            writeError("wget: can't connect to remote host (\(address)): Connection refused")
            return 1
        case .timedOut(let address):
            if !quiet { writeError("Connecting to \(url.host) (\(address):\(url.port))") }
            try wait(timeout ?? 900)
            writeError("wget: download timed out")
            return 1
        case .response(let response):
            if !quiet { writeError("Connecting to \(url.host) (\(response.address):\(url.port))") }
            guard response.status < 400 else {
                writeError("wget: server returned error: HTTP/1.1 \(response.status) \(response.reason)")
                return 1
            }
            if spider {
                if !quiet { writeError("remote file exists") }
                return 0
            }
            let name = output ?? (url.path == "/" ? "index.html" : String(url.path.split(separator: "/").last ?? "index.html"))
            if name == "-" {
                if !quiet { writeError("writing to stdout") }
                try writeOutput(response.body)
                if !quiet {
                    writeError("-                    100% |********************************|   \(response.body.utf8.count)  0:00:00 ETA")
                    writeError("written to stdout")
                }
            } else {
                if !quiet { writeError("saving to '\(name)'") }
                files[name] = response.body
                run.fileChanges.append(.init(offset: clock, path: name, exists: true))
                if !quiet {
                    writeError("\(name)           100% |********************************|   \(response.body.utf8.count)  0:00:00 ETA")
                    writeError("'\(name)' saved")
                }
            }
            return 0
        }
    }

    // MARK: DNS

    private mutating func nslookup(_ arguments: [String]) throws(Stop) -> Int {
        guard let name = arguments.first(where: { !$0.hasPrefix("-") }) else {
            writeError("BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.")
            writeError("")
            writeError("Usage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]")
            return 1
        }
        guard case .lookup(let answer) = try effect(.lookup(name: name)) else { return 1 }
        try writeOutput("Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n")
        guard let answer else {
            try writeOutput("** server can't find \(name): NXDOMAIN\n\n")
            return 1
        }
        let canonical = ShellInterpreter.canonicalName(name, namespace: context.namespace)
        for address in answer { try writeOutput("Name:\t\(canonical)\nAddress: \(address)\n") }
        try writeOutput("\n")
        return 0
    }

    private mutating func getent(_ arguments: [String]) throws(Stop) -> Int {
        guard arguments.first == "hosts" || arguments.first == "ahosts", arguments.count >= 2 else {
            if arguments.isEmpty { writeError("Usage: getent [OPTION...] database [key ...]") } else { writeError("Unknown database: \(arguments[0])") }
            return arguments.isEmpty ? 1 : 1
        }
        var code = 0
        for name in arguments.dropFirst() {
            guard case .lookup(let answer) = try effect(.lookup(name: name)), let address = answer?.first else {
                code = 2
                continue
            }
            let padded = address + String(repeating: " ", count: max(1, 16 - address.count))
            try writeOutput("\(padded)\(ShellInterpreter.canonicalName(name, namespace: context.namespace))\n")
        }
        return code
    }

    /// The name the search path completed: `nginx-service` → `nginx-service.default.svc.cluster.local`.
    private static func canonicalName(_ name: String, namespace: String) -> String {
        let lower = name.lowercased().hasSuffix(".") ? String(name.lowercased().dropLast()) : name.lowercased()
        if lower.hasSuffix(".cluster.local") { return lower }
        switch lower.split(separator: ".").count {
        case 1: return "\(lower).\(namespace).svc.cluster.local"
        case 2: return "\(lower).svc.cluster.local"
        default: return lower.hasSuffix(".svc") ? "\(lower).cluster.local" : lower
        }
    }
}
