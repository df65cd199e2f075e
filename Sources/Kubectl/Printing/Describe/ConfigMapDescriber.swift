import ClusterModel

/// `ConfigMapDescriber`: each `data` value under its key and a `----` rule, then the byte sizes of `binaryData`.
enum ConfigMapDescriber {
    static func describe(_ configMap: JSONValue, related: some RelatedObjects, now: Timestamp, into w: inout PrefixWriter) {
        w.write(0, "Name:\t\(configMap.objectName)\n")
        w.write(0, "Namespace:\t\(configMap.objectNamespace)\n")
        DescribeSections.labels(&w, "Labels", configMap["metadata"]["labels"].stringMap)
        DescribeSections.annotations(&w, "Annotations", configMap["metadata"]["annotations"].stringMap)
        w.write(0, "\nData\n====\n")
        let data = configMap["data"].object ?? [:]
        for key in data.keys.sorted() {
            w.write(0, "\(key):\n----\n")
            w.write(0, (data[key]?.string ?? "") + "\n")
            w.write(0, "\n")
        }
        w.write(0, "\nBinaryData\n====\n")
        let binary = configMap["binaryData"].object ?? [:]
        for key in binary.keys.sorted() {
            w.write(0, "\(key): \(Base64.decode(binary[key]?.string ?? "")?.count ?? 0) bytes\n")
        }
        w.write(0, "\n")
        DescribeSections.events(&w, related.events(for: configMap), now: now)
    }
}
