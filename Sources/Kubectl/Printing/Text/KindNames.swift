import ClusterModel

/// Names kubectl derives from an object's `kind` and `apiVersion`.
public enum KindNames {
    /// The lower-case kind qualified by the API group, as in `-o name` and multi-type tables:
    /// `pod`, `deployment.apps`, `endpointslice.discovery.k8s.io`.
    public static func qualifiedSingular(kind: String, apiVersion: String? = nil) -> String {
        if let type = ResourceType.all.first(where: { $0.kind == kind }) { return type.qualifiedSingular }
        if let apiVersion, let slash = apiVersion.firstIndex(of: "/") {
            return kind.lowercased() + "." + apiVersion[..<slash]
        }
        return kind.lowercased()
    }

    /// `qualifiedSingular` for an object.
    public static func qualifiedSingular(of object: JSONValue) -> String {
        qualifiedSingular(kind: object.kindName, apiVersion: object["apiVersion"].string)
    }
}
