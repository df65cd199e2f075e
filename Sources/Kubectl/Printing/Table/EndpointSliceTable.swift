import ClusterModel

/// The EndpointSlice table: `NAME ADDRESSTYPE PORTS ENDPOINTS AGE` (no wide-only columns).
enum EndpointSliceTable {
    static let definition = TableDefinition(
        columns: ["NAME", "ADDRESSTYPE", "PORTS", "ENDPOINTS", "AGE"],
        wideColumns: ["NAME", "ADDRESSTYPE", "PORTS", "ENDPOINTS", "AGE"]
    ) { slice, now, _ in
        [slice.objectName, slice.text("addressType"), ports(slice), endpoints(slice), TableDefinition.age(slice, now)]
    }

    /// `formatDiscoveryPorts`: the port number, else its name, else `*`.
    static func ports(_ slice: JSONValue) -> String {
        let ports = slice.list("ports")
        let list = ports.prefix(3).map { port -> String in
            if let number = port["port"].int { return String(number) }
            if let name = port["name"].string { return name }
            return "*"
        }
        return TableDefinition.listWithMore(list, total: ports.count)
    }

    /// `formatDiscoveryEndpoints`: every address of every endpoint, whatever its conditions.
    static func endpoints(_ slice: JSONValue) -> String {
        let addresses = slice.list("endpoints").flatMap { $0.list("addresses").compactMap(\.string) }
        return TableDefinition.listWithMore(Array(addresses.prefix(3)), total: addresses.count)
    }
}
