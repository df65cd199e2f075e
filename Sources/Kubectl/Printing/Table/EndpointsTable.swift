import ClusterModel

/// The legacy Endpoints table: `NAME ENDPOINTS AGE`.
enum EndpointsTable {
    static let definition = TableDefinition(columns: ["NAME", "ENDPOINTS", "AGE"], wideColumns: ["NAME", "ENDPOINTS", "AGE"]) {
        endpoints, now, _ in
        [endpoints.objectName, format(endpoints), TableDefinition.age(endpoints, now)]
    }

    /// `formatEndpoints`: `ip:port` per ready address and port, at most three, then ` + N more...`.
    static func format(_ endpoints: JSONValue) -> String {
        let subsets = endpoints.list("subsets")
        if subsets.isEmpty { return "<none>" }
        var list: [String] = []
        var more = false
        var count = 0
        subsetLoop: for subset in subsets {
            let addresses = subset.list("addresses").map { $0.text("ip") }
            let ports = subset.list("ports")
            if ports.isEmpty {
                count += addresses.count
                for address in addresses {
                    if list.count == 3 {
                        more = true
                        break
                    }
                    list.append(address)
                }
                if more { break subsetLoop }
            } else {
                for port in ports {
                    count += addresses.count
                    for address in addresses {
                        if list.count == 3 {
                            more = true
                            break
                        }
                        let host = address.contains(":") ? "[\(address)]" : address
                        list.append("\(host):\(port.number("port"))")
                    }
                    if more { break subsetLoop }
                }
            }
        }
        let joined = list.joined(separator: ",")
        return more ? "\(joined) + \(count - 3) more..." : joined
    }
}
