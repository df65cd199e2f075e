import ClusterModel

/// `ServiceDescriber` (EndpointSlice-based, as current kubectl).
enum ServiceDescriber {
    static func describe(_ service: JSONValue, related: some RelatedObjects, now: Timestamp, into w: inout PrefixWriter) {
        let spec = service["spec"]
        w.write(0, "Name:\t\(service.objectName)\n")
        w.write(0, "Namespace:\t\(service.objectNamespace)\n")
        DescribeSections.labels(&w, "Labels", service["metadata"]["labels"].stringMap)
        DescribeSections.annotations(&w, "Annotations", service["metadata"]["annotations"].stringMap)
        w.write(0, "Selector:\t\(LabelFormatting.labels(spec["selector"].stringMap))\n")
        w.write(0, "Type:\t\(spec.text("type"))\n")
        if !spec.text("ipFamilyPolicy").isEmpty { w.write(0, "IP Family Policy:\t\(spec.text("ipFamilyPolicy"))\n") }
        let families = spec.list("ipFamilies").compactMap(\.string)
        w.write(0, "IP Families:\t\(families.isEmpty ? "<none>" : families.joined(separator: ","))\n")
        w.write(0, "IP:\t\(spec.text("clusterIP"))\n")
        let clusterIPs = spec.list("clusterIPs").compactMap(\.string)
        w.write(0, "IPs:\t\(clusterIPs.isEmpty ? "<none>" : clusterIPs.joined(separator: ","))\n")
        let externalIPs = spec.list("externalIPs").compactMap(\.string)
        if !externalIPs.isEmpty { w.write(0, "External IPs:\t\(externalIPs.joined(separator: ","))\n") }
        if !spec.text("loadBalancerIP").isEmpty { w.write(0, "IP:\t\(spec.text("loadBalancerIP"))\n") }
        if !spec.text("externalName").isEmpty { w.write(0, "External Name:\t\(spec.text("externalName"))\n") }
        let ingress = service.list("status.loadBalancer.ingress").map { $0.text("ip").isEmpty ? $0.text("hostname") : $0.text("ip") }
        if !ingress.isEmpty { w.write(0, "LoadBalancer Ingress:\t\(ingress.joined(separator: ", "))\n") }
        let slices = related.list(kind: "EndpointSlice", namespace: service.objectNamespace, labelSelector: ["kubernetes.io/service-name": service.objectName])
        for port in spec.list("ports") {
            let name = port.text("name").isEmpty ? "<unset>" : port.text("name")
            let proto = port.text("protocol")
            w.write(0, "Port:\t\(name)\t\(port.number("port"))/\(proto)\n")
            let target = port["targetPort"]
            w.write(0, "TargetPort:\t\(target.int.map(String.init) ?? target.string ?? String(port.number("port")))/\(proto)\n")
            if port.number("nodePort") != 0 { w.write(0, "NodePort:\t\(name)\t\(port.number("nodePort"))/\(proto)\n") }
            w.write(0, "Endpoints:\t\(endpoints(slices, portName: port.text("name")))\n")
        }
        w.write(0, "Session Affinity:\t\(spec.text("sessionAffinity"))\n")
        if !spec.text("externalTrafficPolicy").isEmpty { w.write(0, "External Traffic Policy:\t\(spec.text("externalTrafficPolicy"))\n") }
        if !spec.text("internalTrafficPolicy").isEmpty { w.write(0, "Internal Traffic Policy:\t\(spec.text("internalTrafficPolicy"))\n") }
        if spec.number("healthCheckNodePort") != 0 { w.write(0, "HealthCheck NodePort:\t\(spec.number("healthCheckNodePort"))\n") }
        let ranges = spec.list("loadBalancerSourceRanges").compactMap(\.string)
        if !ranges.isEmpty { w.write(0, "LoadBalancer Source Ranges:\t\(ranges.joined(separator: ","))\n") }
        DescribeSections.events(&w, related.events(for: service), now: now)
    }

    /// `formatEndpointSlices` for one service port name: `ip:port` of the ready endpoints (an unset `ready` counts as
    /// ready), at most three, ` + N more...`; `<none>` without slices.
    static func endpoints(_ slices: [JSONValue], portName: String) -> String {
        if slices.isEmpty { return "<none>" }
        var list: [String] = []
        var more = false
        var count = 0
        for slice in slices {
            let ports = slice.list("ports")
            if ports.isEmpty {
                for endpoint in slice.list("endpoints") {
                    if list.count == 3 { more = true }
                    if endpoint["conditions"]["ready"].bool == false { continue }
                    if !more { list.append(endpoint.list("addresses").first?.string ?? "") }
                    count += 1
                }
            } else {
                for port in ports where port.text("name") == portName {
                    for endpoint in slice.list("endpoints") {
                        if list.count == 3 { more = true }
                        if endpoint["conditions"]["ready"].bool == false { continue }
                        if !more {
                            let address = endpoint.list("addresses").first?.string ?? ""
                            let host = address.contains(":") ? "[\(address)]" : address
                            list.append("\(host):\(port.number("port"))")
                        }
                        count += 1
                    }
                }
            }
        }
        let joined = list.joined(separator: ",")
        return more ? "\(joined) + \(count - 3) more..." : joined
    }
}
