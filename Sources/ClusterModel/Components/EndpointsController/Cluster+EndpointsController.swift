/// The Endpoints controller: the legacy core/v1 Endpoints object of each Service with a selector, built from the
/// same desired endpoints as its EndpointSlices (it watches the slices the EndpointSlice controller writes).
extension Cluster {
    /// Runs the queued Endpoints syncs and deletions until none is left.
    mutating func runEndpointsController() {
        while let work = endpointsController.takeWork() {
            for key in work.deletions where stored(.endpoints, key) != nil && stored(.services, key) == nil { deleteEndpoints(key) }
            for (key, trigger) in work.syncs { syncEndpoints(key, trigger: trigger) }
        }
    }

    /// The legacy Endpoints object of a Service, derived from its slices: ready addresses, notReadyAddresses
    /// (not ready and not terminating, or all with publishNotReadyAddresses), at most 1000 addresses (then the
    /// `endpoints.kubernetes.io/over-capacity: truncated` annotation).
    /// Services without a selector (and ExternalName ones) have no controller-managed Endpoints.
    mutating func syncEndpoints(_ key: ObjectKey, trigger: String) {
        guard let service = stored(.services, key), !service["spec"]["selector"].stringMap.isEmpty, service["spec"]["type"].string != "ExternalName"
        else { return }
        let publishNotReady = service["spec"]["publishNotReadyAddresses"].bool == true
        // The groups by ports, in the order first seen: a Service has a handful of port lists at most, and comparing
        // arrays that share storage (as a Service's slices' ports do) is an identity check, where hashing JSON is not.
        var groups: [(ports: [JSONValue], group: EndpointsContent.Group)] = []
        var count = 0
        var truncated = false
        for sliceKey in indexes.slices(of: key).sorted() {
            guard let slice = storedSlice(sliceKey), let ports = slice.ports else { continue }
            // One slice's endpoints share its ports: collect them first, then look the group up once.
            var group = EndpointsContent.Group()
            for endpoint in slice.endpoints {
                if endpoint.terminating == true && !publishNotReady { continue }
                if count >= 1000 {
                    truncated = true
                    break
                }
                count += 1
                if endpoint.ready { group.ready.append(endpoint) } else { group.notReady.append(endpoint) }
            }
            if !group.ready.isEmpty || !group.notReady.isEmpty {
                if let index = groups.firstIndex(where: { $0.ports == ports }) {
                    groups[index].group.ready += group.ready
                    groups[index].group.notReady += group.notReady
                } else {
                    groups.append((ports, group))
                }
            }
        }
        let labels = service["metadata"]["labels"].stringMap
        let existing = stored(.endpoints, key)
        func sortedByIP(_ endpoints: [EndpointRecord]) -> [EndpointRecord] {
            // Sorts positions (stable, like sorting the records themselves) so that records are copied once.
            let keys = endpoints.map(\.target.addressOrder)
            return endpoints.indices.sorted { keys[$0] < keys[$1] }.map { endpoints[$0] }
        }
        let content = EndpointsContent(
            subsets: (groups.count > 1 ? groups.sorted { $0.ports.description < $1.ports.description } : groups).map { entry in
                EndpointsContent.Subset(ports: entry.ports, ready: sortedByIP(entry.group.ready), notReady: sortedByIP(entry.group.notReady))
            }, labels: labels, resourceVersion: existing?["metadata"]["resourceVersion"] ?? .null)
        // When the existing object is the one this controller built last (nobody has written it since), its content
        // decides: the same content gives the same object apart from the annotations, which do not count as a
        // change; other content gives a different object. Otherwise the new object is compared with the existing one.
        let lastBuild = endpointsController.contents.removeValue(forKey: key)
        let existingIsLastBuild = existing != nil && lastBuild?.resourceVersion == content.resourceVersion
        if existingIsLastBuild, lastBuild == content {
            endpointsController.contents[key] = content
            return
        }
        // Addresses of endpoints that have not changed since an earlier build are reused (building each one's JSON
        // is most of the work). Keyed by the pod key's hash: a collision only costs a rebuild, since a cached entry
        // is used only for an equal endpoint. The cache is updated in place; entries of endpoints that are gone are
        // dropped once they outnumber the live ones.
        var addresses = endpointsController.addresses.removeValue(forKey: key) ?? [:]
        func address(_ endpoint: EndpointRecord) -> JSONValue {
            let id = endpoint.podKeyHash
            if let index = addresses.index(forKey: id), EndpointsContent.sameAddress(addresses.values[index].endpoint, endpoint) {
                return addresses.values[index].json
            }
            let json = Cluster.addressJSON(endpoint)
            addresses[id] = (endpoint, json)
            return json
        }
        let subsets: [JSONValue] = content.subsets.map { subset in
            var json: JSONValue = [
                "ports": .array(
                    subset.ports.map { port in
                        var copy = port
                        if copy["name"].string == "" { copy["name"] = .null }
                        return copy
                    })
            ]
            if !subset.ready.isEmpty { json["addresses"] = .array(subset.ready.map(address)) }
            if !subset.notReady.isEmpty { json["notReadyAddresses"] = .array(subset.notReady.map(address)) }
            return json
        }
        if addresses.count > 2 * max(count, 16) {
            let live = Set(content.subsets.flatMap { $0.ready.map(\.podKeyHash) + $0.notReady.map(\.podKeyHash) })
            addresses = addresses.filter { live.contains($0.key) }
        }
        endpointsController.addresses[key] = addresses
        var annotations: [String: String] = ["endpoints.kubernetes.io/last-change-trigger-time": trigger]
        if truncated { annotations["endpoints.kubernetes.io/over-capacity"] = "truncated" }
        var endpoints: JSONValue = [
            "apiVersion": "v1", "kind": "Endpoints",
            "metadata": [
                "name": .string(key.name), "namespace": .string(key.namespace),
                "uid": existing?["metadata"]["uid"] ?? .string(newUID()),
                "creationTimestamp": existing?["metadata"]["creationTimestamp"] ?? .string(now.rfc3339),
                "annotations": JSONValue(stringMap: annotations),
            ],
        ]
        if !labels.isEmpty { endpoints["metadata"]["labels"] = JSONValue(stringMap: labels) }
        if !subsets.isEmpty { endpoints["subsets"] = .array(subsets) }
        if let existing, !existingIsLastBuild {
            var comparable = existing
            comparable["metadata"]["resourceVersion"] = .null
            comparable["metadata"]["annotations"] = endpoints["metadata"]["annotations"]
            if comparable == endpoints {
                endpointsController.contents[key] = content
                return
            }
        }
        let written = store(.endpoints, endpoints, isNew: existing == nil)
        var storedContent = content
        storedContent.resourceVersion = written["metadata"]["resourceVersion"]
        endpointsController.contents[key] = storedContent
    }
}
