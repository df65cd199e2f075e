import ClusterModel

/// `kubectl events [--for TYPE/NAME] [--types=…] [-A] [-w]`: the Events table, oldest first.
enum EventsCommand {
    /// Runs the command: writes its output through the context and returns the exit status; throws kubectl's error text for fatal problems.
    static func run(_ context: CommandContext, cluster: inout some ClusterClient) throws(KubectlError) -> Int32 {
        let command = context.command
        if let positional = command.arguments.first {
            throw .plain("unknown command \"\(positional)\" for \"kubectl events\"")
        }
        var involved: (kind: String, name: String)?
        if let target = command.flags["for"] {
            let parts = target.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2, let type = ResourceType.lookup(parts[0]) else {
                throw .plain("--for must be in resource/name form")
            }
            involved = (type.kind, parts[1])
        }
        let types = command.flags["types"].map { Set($0.split(separator: ",").map { $0.lowercased() }) }
        let namespace: String? = command.allNamespaces ? nil : context.namespace
        let events = cluster.list(.events, namespace: namespace).filter { event in
            if let involved, event["involvedObject"]["kind"].string != involved.kind || event["involvedObject"]["name"].string != involved.name { return false }
            if let types, !types.contains((event["type"].string ?? "").lowercased()) { return false }
            return true
        }.sorted { ($0["lastTimestamp"].string ?? $0["eventTime"].string ?? "") < ($1["lastTimestamp"].string ?? $1["eventTime"].string ?? "") }
        let format = try OutputSupport.format(command.output)
        switch format {
        case .table, .wide:
            if events.isEmpty {
                context.err(command.allNamespaces ? "No events found.\n" : "No events found in \(context.namespace) namespace.\n")
                return 0
            }
            for event in events { context.observe(.events, .table, event, at: cluster.now) }
            context.out(EventsCommand.table(events, now: cluster.now, noHeaders: command.bool("no-headers"), allNamespaces: command.allNamespaces))
        default:
            try OutputSupport.printObjects(events.map { (ResourceType.events, $0) }, format: format, context: context, now: cluster.now, forceList: true)
        }
        return 0
    }

    /// `EventPrinter` (`pkg/cmd/events/event_printer.go`): its own columns, not the server's `get events` table: the
    /// interval of `getInterval` (`39s (x3 over 49s)`) and the object as `Kind/name`, through `GetNewTabWriter`.
    static func table(_ events: [JSONValue], now: Timestamp, noHeaders: Bool, allNamespaces: Bool) -> String {
        var text = ""
        if !noHeaders { text += (allNamespaces ? "NAMESPACE\t" : "") + "LAST SEEN\tTYPE\tREASON\tOBJECT\tMESSAGE\n" }
        for event in events {
            let interval = DescribeSections.interval(event, now: now)
            if allNamespaces { text += event.text("metadata.namespace") + "\t" }
            let escape = TerminalEscaping.kubectl
            text += "\(interval)\t\(escape(event.text("type")))\t\(escape(event.text("reason")))\t"
                + "\(escape(event.text("involvedObject.kind")))/\(escape(event.text("involvedObject.name")))\t"
                + "\(escape(event.text("message").trimmingWhitespace()))\n"
        }
        var writer = TabWriter.table()
        return writer.format(text)
    }
}
