import ClusterModel

/// `describeSecret`: the type and each key's size in bytes (a service-account token's value is shown), no events.
enum SecretDescriber {
    static func describe(_ secret: JSONValue, into w: inout PrefixWriter) {
        w.write(0, "Name:\t\(secret.objectName)\n")
        w.write(0, "Namespace:\t\(secret.objectNamespace)\n")
        DescribeSections.labels(&w, "Labels", secret["metadata"]["labels"].stringMap)
        DescribeSections.annotations(&w, "Annotations", secret["metadata"]["annotations"].stringMap)
        w.write(0, "\nType:\t\(secret.text("type"))\n")
        w.write(0, "\nData\n====\n")
        let data = secret["data"].object ?? [:]
        for key in data.keys.sorted() {
            let encoded = data[key]?.string ?? ""
            if key == "token", secret.text("type") == "kubernetes.io/service-account-token" {
                w.write(0, "\(key):\t\(String(decoding: Base64.decode(encoded) ?? [], as: UTF8.self))\n")
            } else {
                w.write(0, "\(key):\t\(Base64.decode(encoded)?.count ?? 0) bytes\n")
            }
        }
    }
}
