import ClusterModel

/// `describeServiceAccount`: the image pull secrets (one a line under an aligned header), then events.
enum ServiceAccountDescriber {
    static func describe(_ account: JSONValue, related: some RelatedObjects, now: Timestamp, into w: inout PrefixWriter) {
        w.write(0, "Name:\t\(account.objectName)\n")
        w.write(0, "Namespace:\t\(account.objectNamespace)\n")
        DescribeSections.labels(&w, "Labels", account["metadata"]["labels"].stringMap)
        DescribeSections.annotations(&w, "Annotations", account["metadata"]["annotations"].stringMap)
        let names = account.list("imagePullSecrets").map { $0.text("name") }
        if names.isEmpty {
            w.write(0, "Image pull secrets:\t<none>\n")
        } else {
            var prefix = "Image pull secrets:"
            for name in names {
                w.write(0, "\(prefix)\t\(name)\n")
                prefix = "                   "
            }
        }
        DescribeSections.events(&w, related.events(for: account), now: now)
    }
}
