import ClusterModel

/// The Service table: `NAME TYPE CLUSTER-IP EXTERNAL-IP PORT(S) AGE`, wide `SELECTOR`.
enum ServiceTable {
    static let definition = TableDefinition(
        columns: ["NAME", "TYPE", "CLUSTER-IP", "EXTERNAL-IP", "PORT(S)", "AGE"],
        wideColumns: ["NAME", "TYPE", "CLUSTER-IP", "EXTERNAL-IP", "PORT(S)", "AGE", "SELECTOR"]
    ) { service, now, wide in
        let clusterIP = service.list("spec.clusterIPs").first?.string ?? "<none>"
        let ports = portString(service.list("spec.ports"))
        var row = [
            service.objectName, service.text("spec.type"), clusterIP, externalIP(service, wide: wide),
            ports.isEmpty ? "<none>" : ports, TableDefinition.age(service, now),
        ]
        if wide { row.append(LabelFormatting.labels(service["spec"]["selector"].stringMap)) }
        return row
    }

    /// `makePortString`: `80/TCP`, `80:30080/TCP`, comma-joined.
    static func portString(_ ports: [JSONValue]) -> String {
        ports.map { port in
            let number = port.number("port")
            let proto = port.text("protocol")
            let nodePort = port.number("nodePort")
            return nodePort > 0 ? "\(number):\(nodePort)/\(proto)" : "\(number)/\(proto)"
        }.joined(separator: ",")
    }

    /// `getServiceExternalIP`.
    static func externalIP(_ service: JSONValue, wide: Bool) -> String {
        let externalIPs = service.list("spec.externalIPs").compactMap(\.string)
        switch service.text("spec.type") {
        case "ClusterIP", "NodePort":
            return externalIPs.isEmpty ? "<none>" : externalIPs.joined(separator: ",")
        case "LoadBalancer":
            var ingress = Set<String>()
            for entry in service.list("status.loadBalancer.ingress") {
                if !entry.text("ip").isEmpty { ingress.insert(entry.text("ip")) } else if !entry.text("hostname").isEmpty { ingress.insert(entry.text("hostname")) }
            }
            var lbIPs = ingress.sorted().joined(separator: ",")
            if !wide && lbIPs.utf8.count > 16 { lbIPs = String(lbIPs.utf8.prefix(13))! + "..." }
            if !externalIPs.isEmpty {
                var results: [String] = []
                if !lbIPs.isEmpty { results += lbIPs.split(separator: ",").map(String.init) }
                results += externalIPs
                return results.joined(separator: ",")
            }
            return lbIPs.isEmpty ? "<pending>" : lbIPs
        case "ExternalName":
            return service.text("spec.externalName")
        default:
            return "<unknown>"
        }
    }
}
