import ClusterModel

/// `EndpointSliceDescriber` (discovery/v1, `describeEndpointSliceV1`): of the conditions it prints only `Ready`.
enum EndpointSliceDescriber {
    static func describe(_ slice: JSONValue, related: some RelatedObjects, now: Timestamp, into w: inout PrefixWriter) {
        w.write(0, "Name:\t\(slice.objectName)\n")
        w.write(0, "Namespace:\t\(slice.objectNamespace)\n")
        DescribeSections.labels(&w, "Labels", slice["metadata"]["labels"].stringMap)
        DescribeSections.annotations(&w, "Annotations", slice["metadata"]["annotations"].stringMap)
        w.write(0, "AddressType:\t\(slice.text("addressType"))\n")
        let ports = slice.list("ports")
        if ports.isEmpty {
            w.write(0, "Ports: <unset>\n")
        } else {
            w.write(0, "Ports:\n")
            w.write(1, "Name\tPort\tProtocol\n")
            w.write(1, "----\t----\t--------\n")
            for port in ports {
                let name = port.text("name").isEmpty ? "<unset>" : port.text("name")
                let number = port["port"].int.map(String.init) ?? "<unset>"
                w.write(1, "\(name)\t\(number)\t\(port.text("protocol"))\n")
            }
        }
        let endpoints = slice.list("endpoints")
        if endpoints.isEmpty {
            w.write(0, "Endpoints: <none>\n")
        } else {
            w.write(0, "Endpoints:\n")
            for endpoint in endpoints {
                let addresses = endpoint.list("addresses").compactMap(\.string).joined(separator: ", ")
                w.write(1, "- Addresses:\t\(addresses.isEmpty ? "<none>" : addresses)\n")
                w.write(2, "Conditions:\n")
                let ready = endpoint["conditions"]["ready"].bool.map { $0 ? "true" : "false" } ?? "<unset>"
                w.write(3, "Ready:\t\(ready)\n")
                w.write(2, "Hostname:\t\(endpoint["hostname"].string ?? "<unset>")\n")
                if !endpoint["targetRef"].isNull { w.write(2, "TargetRef:\t\(endpoint.text("targetRef.kind"))/\(endpoint.text("targetRef.name"))\n") }
                w.write(2, "NodeName:\t\(endpoint["nodeName"].string ?? "<unset>")\n")
                w.write(2, "Zone:\t\(endpoint["zone"].string ?? "<unset>")\n")
            }
        }
        DescribeSections.events(&w, related.events(for: slice), now: now)
    }
}
