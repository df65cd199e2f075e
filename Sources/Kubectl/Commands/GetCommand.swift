import ClusterModel

/// `kubectl get`: tables, `-o json|yaml|name|jsonpath|custom-columns|wide`, `--sort-by`, and `-w` watches.
enum GetCommand {
    /// The server warning on every request for legacy Endpoints.
    static let endpointsWarning = "v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice"

    /// Runs the command: writes its output through the context and returns the exit status; throws kubectl's error text for fatal problems.
    static func run(_ context: CommandContext, cluster: inout some ClusterClient) throws(KubectlError) -> Int32 {
        let command = context.command
        if command.resources.isEmpty && command.filenames.isEmpty {
            throw KubectlError(message: """
                You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.

                error: Required resource not specified.
                Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).
                See 'kubectl get -h' for help and examples
                """)
        }
        if command.selector != nil && !command.objects.isEmpty {
            throw .plain("selectors and the all flag cannot be used when passing resource/name arguments")
        }
        let format = try OutputSupport.format(command.output)
        let watch = command.bool("watch") || command.bool("watch-only")
        if command.flags["sort-by"] != nil && watch {
            // kubectl ignores --sort-by while watching, with a warning.
            context.err("warning: --watch or --watch-only requested, --sort-by will be ignored\n")
        }
        let selector = try TargetResolution.parseSelector(command.selector)
        let fieldSelectorText = command.flags["field-selector"]
        // The server applies the field selector to lists; watch events are filtered here with the same rules.
        let fieldFilter = fieldSelectorText.flatMap { try? FieldSelector(parsing: $0) }
        let ignoreNotFound = command.bool("ignore-not-found")

        // Which (type, name?) requests to make, in order.
        var requests: [(ResourceType, String?)] = []
        var fileNamespaces: [String?] = []
        if !command.filenames.isEmpty {
            let loaded = ManifestLoader.load(command.filenames, host: context.host, recursive: command.bool("recursive"))
            if let error = loaded.error { throw KubectlError(message: error) }
            for document in loaded.documents {
                guard let type = ResourceType.forManifest(apiVersion: document.object["apiVersion"].string ?? "", kind: document.object["kind"].string ?? "") else { continue }
                requests.append((type, document.object["metadata"]["name"].string ?? ""))
                fileNamespaces.append(document.object["metadata"]["namespace"].string)
            }
        } else if command.objects.isEmpty {
            requests = command.resources.map { ($0, nil) }
        } else {
            requests = command.objects.map { ($0.resource, $0.name) }
        }
        let subresource = command.flags["subresource"].flatMap { $0.isEmpty ? nil : $0 }
        if subresource != nil && requests.contains(where: { $0.1 == nil }) {
            // cli-runtime's builder: a sub-resource needs named objects.
            throw .plain("subresource cannot be used when bulk resources are specified")
        }
        if subresource == "scale", format == .table || format == .wide {
            throw KubectlError(message: TutorLimits.scaleTableUnsupported(language: context.host.language))
        }
        let singleNamed = requests.count == 1 && requests[0].1 != nil
        let namespace: String? = command.allNamespaces ? nil : context.namespace

        var found: [(ResourceType, JSONValue)] = []
        var errors: [String] = []
        var warnedEndpoints = false
        for (index, (type, name)) in requests.enumerated() {
            if type == .endpoints && !warnedEndpoints {
                context.warning(endpointsWarning)
                warnedEndpoints = true
            }
            if let name {
                let objectNamespace = type.namespaced ? (fileNamespaces.indices.contains(index) ? fileNamespaces[index] ?? context.namespace : context.namespace) : nil
                if let subresource {
                    do throws(APIError) {
                        found.append((type, try cluster.subresource(type, namespace: objectNamespace, name: name, subresource)))
                    } catch {
                        if !(ignoreNotFound && error.reason == .notFound) { errors.append(error.kubectlMessage) }
                    }
                } else if let object = cluster.object(type, namespace: objectNamespace, name: name) {
                    found.append((type, object))
                } else if !ignoreNotFound {
                    errors.append(APIError.notFound(type, name: name).kubectlMessage)
                }
            } else {
                do {
                    let items = try cluster.list(
                        type, namespace: type.namespaced ? namespace : nil, selector: selector, selectorText: command.selector,
                        fieldSelector: fieldSelectorText)
                    found += items.map { (type, $0) }
                } catch {
                    errors.append(String(error.message.dropLast()))
                }
            }
        }
        if let sortBy = command.flags["sort-by"], !watch {
            found = try sorted(found, by: sortBy)
        }

        let options = TableOptions(
            wide: format == .wide, noHeaders: command.bool("no-headers"), showLabels: command.bool("show-labels"),
            allNamespaces: command.allNamespaces, kindPrefix: command.bool("show-kind") || Set(requests.map(\.0)).count > 1,
            labelColumns: command.flags["label-columns"].map { $0.split(separator: ",").map(String.init) } ?? [])

        if watch {
            return try runWatch(context, cluster: &cluster, initial: found, requests: requests, namespace: namespace,
                                selector: selector, fieldFilter: fieldFilter, format: format, options: options, errors: errors)
        }

        switch format {
        case .table, .wide:
            let text = TablePrinter.render(found.map(\.1), now: cluster.now, options: options)
            for (type, object) in found { context.observe(type, format == .wide ? .wide : .table, object, at: cluster.now) }
            context.out(text)
            if found.isEmpty && errors.isEmpty && !ignoreNotFound {
                let clusterScoped = requests.contains { !$0.0.namespaced }
                context.err(command.allNamespaces || clusterScoped ? "No resources found\n" : "No resources found in \(context.namespace) namespace.\n")
            }
        default:
            if !(found.isEmpty && (ignoreNotFound || singleNamed)) {
                try OutputSupport.printObjects(found, format: format, context: context, now: cluster.now, forceList: !singleNamed)
            }
        }
        for error in errors { context.err(error + "\n") }
        return errors.isEmpty ? 0 : 1
    }

    /// `-w` / `--watch-only`: the initial rows, then one row per change until interrupted or idle.
    private static func runWatch(_ context: CommandContext, cluster: inout some ClusterClient, initial: [(ResourceType, JSONValue)],
                                 requests: [(ResourceType, String?)], namespace: String?, selector: LabelSelector?,
                                 fieldFilter: FieldSelector?, format: OutputFormat, options: TableOptions,
                                 errors: [String]) throws(KubectlError) -> Int32 {
        let command = context.command
        let types = Set(requests.map(\.0))
        guard types.count == 1, let type = types.first else {
            throw .plain("you may only specify a single resource type")
        }
        if !errors.isEmpty {
            for error in errors { context.err(error + "\n") }
            return 1
        }
        let names = Set(requests.compactMap(\.1))
        let showEvents = command.bool("output-watch-events")
        var printer = WatchTablePrinter(options: options, showEventType: showEvents)
        var printedObjects = 0
        func emit(_ objects: [JSONValue], event: String?, now: Timestamp, observed: ObservationFormat) {
            guard !objects.isEmpty else { return }
            for object in objects { context.observe(type, observed, object, at: now) }
            switch format {
            case .table, .wide:
                // kubectl pads the event type to 8 (`ADDED   `, `MODIFIED`, `DELETED `).
                context.out(printer.rows(for: objects, event: event?.padding(to: 8), now: now))
            case .json:
                for object in objects { context.out(ObjectPrinter.json([object], single: true)) }
            case .yaml:
                for object in objects {
                    if printedObjects > 0 { context.out("---\n") }
                    context.out(ObjectPrinter.yaml([object], single: true))
                    printedObjects += 1
                }
            case .kyaml:
                // Each object is its own KYAML document (the header separates them).
                for object in objects { context.out(ObjectPrinter.kyaml([object], single: true)) }
            case .name:
                context.out(ObjectPrinter.names(objects))
            case .jsonpath(let template):
                for object in objects { context.outUnescaped((try? OutputSupport.jsonPath(template, on: object)) ?? "") }
            case .customColumns(let spec):
                context.out((try? OutputSupport.customColumns(spec, objects: objects, noHeaders: printedObjects > 0 || options.noHeaders)) ?? "")
                printedObjects += objects.count
            }
        }
        if !command.bool("watch-only") {
            let observed: ObservationFormat = format == .wide ? .wide : OutputSupport.observationFormat(format)
            emit(initial.map(\.1), event: "ADDED", now: cluster.now, observed: observed)
        }
        var sequence = cluster.lastSequence
        var deadline: Timestamp?
        if let timeoutText = command.flags["request-timeout"], timeoutText != "0" {
            let seconds = (try? GoDuration.parse(timeoutText)) ?? Double(timeoutText) ?? 0
            if seconds > 0 { deadline = cluster.now.adding(seconds: seconds) }
        }
        let outcome = context.host.passTime(&cluster, deadline: deadline, stop: { _ in false }, progress: { state in
            for event in state.changes(since: sequence) where event.resource == type {
                let object = event.object
                if type.namespaced, let namespace, object["metadata"]["namespace"].string != namespace { continue }
                if !names.isEmpty, !names.contains(object["metadata"]["name"].string ?? "") { continue }
                if let selector, !selector.matches(object["metadata"]["labels"].stringMap) { continue }
                if let fieldFilter, !fieldFilter.matches(object) { continue }
                emit([object], event: event.type.rawValue, now: event.time, observed: .watch)
            }
            sequence = state.lastSequence
        })
        context.noteWatchLimit(outcome, cluster: cluster)
        return outcome == .interrupted ? 130 : 0
    }

    /// `--sort-by`: a jsonpath (`{.metadata.name}` or `.metadata.name`); numbers compare numerically.
    static func sorted(_ items: [(ResourceType, JSONValue)], by expression: String) throws(KubectlError) -> [(ResourceType, JSONValue)] {
        let template = expression.hasPrefix("{") ? expression : "{" + expression + "}"
        var keyed: [(String, Int, (ResourceType, JSONValue))] = []
        for (index, item) in items.enumerated() {
            let key = (try? OutputSupport.jsonPath(template, on: item.1)) ?? ""
            keyed.append((key, index, item))
        }
        if !items.isEmpty && keyed.allSatisfy({ $0.0.isEmpty }) {
            throw .plain("couldn't find any field with path \"\(template)\" in the list of objects")
        }
        keyed.sort { lhs, rhs in
            // `isLess` on interface values: a null field (a scheduler event's lastTimestamp) sorts before any value.
            let lhsNull = lhs.0 == "null" || lhs.0.isEmpty
            let rhsNull = rhs.0 == "null" || rhs.0.isEmpty
            if lhsNull != rhsNull { return lhsNull }
            if let l = Double(lhs.0), let r = Double(rhs.0), l != r { return l < r }
            if lhs.0 != rhs.0 { return lhs.0 < rhs.0 }
            return lhs.1 < rhs.1
        }
        return keyed.map(\.2)
    }
}
