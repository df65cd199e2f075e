/// The EndpointSlice controller (and the legacy Endpoints controller derived from it).
extension Cluster {
    static let maxEndpointsPerSlice = 100

    /// Syncs one Service's slices. `changed` lists the pods whose endpoints may have changed (repeats allowed), or
    /// nil for a full resync. Only slices that actually change are written (generation +1, trigger-time annotation).
    mutating func syncService(_ key: ObjectKey, changed: [ObjectKey]?) {
        guard let service = stored(.services, key), let selector = endpointSliceController.serviceSelectors[key] else { return }
        let trigger = endpointSliceController.triggerTime.removeValue(forKey: key)
        var location = endpointSliceController.sliceOfPod.removeValue(forKey: key) ?? [:]
        var sliceKeys = endpointSliceController.slicesOfService.removeValue(forKey: key) ?? []
        var working = WorkingSlices()
        for sliceKey in sliceKeys.sorted() { if let slice = storedSlice(sliceKey) { working.add(slice) } }
        var created: Set<ObjectKey> = []
        var openSlice: Int? = nil  // position

        let publishNotReady = service["spec"]["publishNotReadyAddresses"].bool == true
        let servicePorts = service["spec"]["ports"].array ?? []
        // Unless a targetPort names a container port, every pod's endpoint gets the same ports: resolve them once
        // (the shared array also makes the per-endpoint port comparisons an identity check).
        let portsArePodIndependent = servicePorts.allSatisfy { port in
            port["targetPort"].int != nil || port["targetPort"].string.map { Int($0) != nil } ?? true
        }
        var sharedPorts: [JSONValue]? = nil
        /// The endpoint the pod should have in this Service's slices, or nil for none.
        func desiredEndpoint(_ podKey: ObjectKey) -> DesiredEndpoint? {
            // Read through the shared snapshot: no copy of the record.
            guard let pod = storedPod(podKey), !pod.value.phase.isTerminal, pod.value.podIP != nil, pod.value.meta.labels.includesAll(selector) else {
                return nil
            }
            let serving = pod.value.ready
            let terminating = pod.value.meta.deletionTimestamp != nil
            let ports: [JSONValue]
            if !portsArePodIndependent {
                ports = Cluster.resolvePorts(servicePorts, pod: pod.value)
            } else if let sharedPorts {
                ports = sharedPorts
            } else {
                ports = Cluster.resolvePorts(servicePorts, pod: pod.value)
                sharedPorts = ports
            }
            let facts = pod.value.facts
            return DesiredEndpoint(
                pod: pod, podKeyHash: podKey.hashCode, ready: publishNotReady || (serving && !terminating), serving: serving,
                terminating: terminating, ports: ports, hostname: facts.subdomain == key.name ? facts.hostname : nil)
        }
        /// A new endpoint record for `desired`.
        func record(_ desired: DesiredEndpoint) -> EndpointRecord {
            desired.record(zone: desired.pod.value.nodeName.flatMap { nodeName in configuration.nodes.first { $0.name == nodeName }?.zone })
        }
        /// Updates the pod's endpoint where it is when it stays in the same slice with the same ports (the common
        /// case: a readiness or termination change). Returns false when the endpoint must be removed or placed.
        func updateInPlace(_ podKey: ObjectKey, _ desired: DesiredEndpoint?) -> Bool {
            guard let desired, let entry = location.index(forKey: podKey), let position = working.position(of: location.values[entry].slice),
                let index = Cluster.endpointIndex(ofPod: podKey, in: working.slices[position].endpoints, hint: location.values[entry].index),
                Cluster.adoptPortsIfEqual(&working.slices[position].ports, desired.ports)
            else { return false }
            location.values[entry].index = index
            let endpoint = working.slices[position].endpoints[index]
            if !desired.isIdentity(of: endpoint) {
                working.slices[position].endpoints[index] = record(desired)
                working.touch(position)
            } else if !desired.hasConditions(of: endpoint) {
                desired.applyConditions(to: &working.slices[position].endpoints[index])
                working.touch(position)
            }
            return true
        }

        // The pods whose endpoint must be removed or placed, in key order, each once: placement depends on the order
        // (slices fill up), in-place updates and removals do not, so in-place updates are done first without sorting,
        // and a sync that only removes endpoints does not sort at all.
        let ordered: [ObjectKey]
        var removalsOnly = false
        if let changed {
            var structural: [ObjectKey] = []
            var placing = false
            for podKey in changed {
                let desired = desiredEndpoint(podKey)
                if updateInPlace(podKey, desired) { continue }
                if desired == nil && location[podKey] == nil { continue }
                if desired != nil { placing = true }
                structural.append(podKey)
            }
            ordered = placing ? ObjectKey.sortedUnique(structural) : structural
            removalsOnly = !placing
        } else {
            // A full resync (the Service is new or changed, or a slice was deleted): the pods it selects, as a
            // lister scans the pods of a namespace, and the pods it has endpoints for.
            var candidates = Set(location.keys)
            for (podKey, pod) in storedPods where podKey.namespace == key.namespace && pod.value.meta.labels.includesAll(selector) {
                candidates.insert(podKey)
            }
            ordered = ObjectKey.sorted(candidates)
        }
        // The working slices' positions in key order, for the search for the fullest slice with room (kept in
        // order as slices are created).
        var sortedPositions = working.positionsInKeyOrder
        // When a sync only removes endpoints, each slice's leaving endpoints go in one pass at the end instead of
        // shifting the rest of the slice for every removal (without placements, the order of removals is invisible).
        var leaving: [Int: Set<ObjectKey>] = [:]

        for podKey in ordered {
            let desired = desiredEndpoint(podKey)
            if updateInPlace(podKey, desired) { continue }
            if let current = location[podKey], let position = working.position(of: current.slice) {
                if removalsOnly {
                    if let index = leaving.index(forKey: position) {
                        leaving.values[index].insert(podKey)
                    } else {
                        leaving[position] = [podKey]
                    }
                } else if let index = Cluster.endpointIndex(ofPod: podKey, in: working.slices[position].endpoints, hint: current.index) {
                    working.slices[position].endpoints.remove(at: index)
                }
                working.touch(position)
                location[podKey] = nil
            }
            guard let desired else { continue }
            let ports = desired.ports
            // Place into the open slice while it has room for these ports; else the fullest slice with the same ports
            // that still has room (an empty placeholder if nothing else); else a new slice.
            var target: Int? = nil
            if let open = openSlice, working.slices[open].ports != nil || ports.isEmpty,
                working.slices[open].endpoints.count < Cluster.maxEndpointsPerSlice, working.slices[open].ports ?? [] == ports
            {
                target = open
            } else {
                var best = -1
                for position in sortedPositions {
                    let count = working.slices[position].endpoints.count
                    if working.slices[position].ports == nil && count == 0 {
                        if best < 0 { target = position }
                        continue
                    }
                    if count < Cluster.maxEndpointsPerSlice, count > best, working.slices[position].ports ?? [] == ports {
                        best = count
                        target = position
                    }
                }
            }
            if let target {
                working.slices[target].endpoints.append(record(desired))
                working.slices[target].ports = ports
                let targetKey = working.keys[target]
                working.touch(target)
                location[podKey] = EndpointLocation(slice: targetKey, index: working.slices[target].endpoints.count - 1)
                openSlice = target
            } else {
                var slice = newSlice(for: service, key: key, ports: ports)
                slice.endpoints.append(record(desired))
                let sliceKey = slice.meta.key
                let position = working.add(slice)
                sortedPositions.insert(position, at: sortedPositions.firstIndex { working.keys[$0] > sliceKey } ?? sortedPositions.count)
                sliceKeys.insert(sliceKey)
                created.insert(sliceKey)
                working.touch(position)
                location[podKey] = EndpointLocation(slice: sliceKey, index: 0)
                openSlice = position
            }
        }

        for (position, leavingPods) in leaving {
            working.slices[position].endpoints.removeAll { endpoint in
                guard let name = endpoint.podName else { return false }
                return leavingPods.contains(ObjectKey(namespace: endpoint.podNamespace ?? "", name: name, hashCode: endpoint.podKeyHash))
            }
        }

        // Empty slices go away, except that a Service always keeps one (the placeholder, no endpoints or ports).
        let presentPositions = working.positionsInKeyOrder
        var keptPlaceholder = presentPositions.contains { !working.slices[$0].endpoints.isEmpty }
        for position in presentPositions where working.slices[position].endpoints.isEmpty {
            let sliceKey = working.keys[position]
            if !keptPlaceholder {
                keptPlaceholder = true
                if working.slices[position].ports != nil {
                    working.slices[position].ports = nil
                    working.touch(position)
                }
                continue
            }
            working.remove(at: position)
            sliceKeys.remove(sliceKey)
            if created.remove(sliceKey) == nil {
                endpointSliceController.expectDeletion(sliceKey)
                deleteEndpointSlice(sliceKey)
            }
        }
        if working.isEmpty {
            let slice = newSlice(for: service, key: key, ports: nil)
            working.touch(working.add(slice))
            sliceKeys.insert(slice.meta.key)
            created.insert(slice.meta.key)
        }
        let triggerText = (trigger ?? now).rfc3339
        let touchedPositions = working.touchedPositionsInKeyOrder
        for position in touchedPositions {
            let sliceKey = working.keys[position]
            var slice = working.slices[position]
            if created.contains(sliceKey) {
                slice.meta.generation = 1
                slice.meta.annotations["endpoints.kubernetes.io/last-change-trigger-time"] = triggerText
                createEndpointSlice(slice)
            } else {
                slice.meta.generation = (slice.meta.generation ?? 1) + 1
                slice.meta.annotations["endpoints.kubernetes.io/last-change-trigger-time"] = triggerText
                updateEndpointSlice(slice)
            }
        }
        endpointSliceController.sliceOfPod[key] = location
        endpointSliceController.slicesOfService[key] = sliceKeys
    }

    /// An `addresses[]` / `notReadyAddresses[]` entry of a legacy Endpoints object.
    static func addressJSON(_ endpoint: EndpointRecord) -> JSONValue {
        var members: [String: JSONValue] = ["ip": .string(endpoint.address)]
        if let hostname = endpoint.hostname { members["hostname"] = .string(hostname) }
        if let node = endpoint.nodeName { members["nodeName"] = .string(node) }
        if let name = endpoint.podName {
            members["targetRef"] = [
                "kind": "Pod", "name": .string(name), "namespace": .string(endpoint.podNamespace ?? ""), "uid": .string(endpoint.podUID ?? ""),
            ]
        }
        return .object(members)
    }

    /// The index of the endpoint of the pod `key`, tried at `hint` first (see `EndpointLocation`). Compares the
    /// stored key hashes first, so almost every other endpoint is passed over without comparing strings.
    static func endpointIndex(ofPod key: ObjectKey, in endpoints: [EndpointRecord], hint: Int) -> Int? {
        let hash = key.hashCode
        func isPod(_ endpoint: EndpointRecord) -> Bool {
            endpoint.podKeyHash == hash && endpoint.podName == key.name && endpoint.podNamespace == key.namespace
        }
        if endpoints.indices.contains(hint), isPod(endpoints[hint]) { return hint }
        return endpoints.firstIndex(where: isPod)
    }

    /// Whether a slice's ports (nil: none) equal `ports`. When they do, the slice takes `ports`' storage (same
    /// value), so the following comparisons in the same sync are identity checks instead of deep JSON comparisons.
    static func adoptPortsIfEqual(_ slicePorts: inout [JSONValue]?, _ ports: [JSONValue]) -> Bool {
        guard slicePorts ?? [] == ports else { return false }
        if slicePorts != nil { slicePorts = ports }
        return true
    }

    /// The ports of a pod's endpoint: each Service port whose targetPort resolves on the pod (numbers always,
    /// names through the containers' named ports).
    static func resolvePorts(_ servicePorts: [JSONValue], pod: PodRecord) -> [JSONValue] {
        var result: [JSONValue] = []
        for port in servicePorts {
            var number: Int? = port["targetPort"].int
            if number == nil, let name = port["targetPort"].string {
                if let parsed = Int(name) {
                    number = parsed
                } else {
                    for container in pod.spec["containers"].array ?? [] {
                        if let match = (container["ports"].array ?? []).first(where: { $0["name"].string == name }) {
                            number = match["containerPort"].int
                            break
                        }
                    }
                }
            }
            guard let number else { continue }
            var entry: JSONValue = ["name": .string(port["name"].string ?? ""), "port": .int(number), "protocol": port["protocol"].isNull ? "TCP" : port["protocol"]]
            if !port["appProtocol"].isNull { entry["appProtocol"] = port["appProtocol"] }
            result.append(entry)
        }
        return result
    }

    /// A new (not yet stored) slice for a Service: `generateName: <svc>-`, labels, owner reference.
    mutating func newSlice(for service: JSONValue, key: ObjectKey, ports: [JSONValue]?) -> SliceRecord {
        var labels = service["metadata"]["labels"].stringMap
        labels["kubernetes.io/service-name"] = key.name
        labels["endpointslice.kubernetes.io/managed-by"] = "endpointslice-controller.k8s.io"
        if service["spec"]["clusterIP"].string == "None" { labels["service.kubernetes.io/headless"] = "" }
        let base = String((key.name + "-").prefix(58))
        let name = generatedName(base, type: .endpointSlices, namespace: key.namespace)
        let meta = ObjectMeta(
            name: name, namespace: key.namespace, uid: newUID(), creationTimestamp: now, generateName: base, labels: labels,
            ownerReferences: [
                [
                    "apiVersion": "v1", "blockOwnerDeletion": true, "controller": true, "kind": "Service", "name": .string(key.name),
                    "uid": service["metadata"]["uid"],
                ]
            ])
        return SliceRecord(meta: meta, ports: ports)
    }
}
