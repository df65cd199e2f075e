import ClusterModel

/// The non-table `get` outputs: `-o json`, `-o yaml` and `-o name`.
public enum ObjectPrinter {
    /// The `List` wrapper kubectl prints for anything but a single named object.
    public static func listWrapper(_ objects: [JSONValue]) -> JSONValue {
        ["apiVersion": "v1", "items": .array(objects), "kind": "List", "metadata": ["resourceVersion": ""]]
    }

    /// `-o json`: 4-space indentation, sorted keys, Go's HTML-safe escaping, trailing newline. With `single`
    /// (a request naming exactly one object) and one object, the bare object; otherwise the `List` wrapper.
    public static func json(_ objects: [JSONValue], single: Bool) -> String {
        let value = single && objects.count == 1 ? objects[0] : listWrapper(objects)
        return value.indentedJSON(indent: "    ") + "\n"
    }

    /// `-o yaml`: as go-yaml v2 writes it (see ``YAMLEmitter``); single object or `List` wrapper as for JSON.
    public static func yaml(_ objects: [JSONValue], single: Bool) -> String {
        YAMLEmitter.document(single && objects.count == 1 ? objects[0] : listWrapper(objects))
    }

    /// `-o kyaml`: one object, or a `List` of several.
    public static func kyaml(_ objects: [JSONValue], single: Bool) -> String {
        KYAMLEmitter.document(single && objects.count == 1 ? objects[0] : listWrapper(objects))
    }

    /// `-o name` for one object: `pod/x`, `deployment.apps/x`, `endpointslice.discovery.k8s.io/x` (no newline).
    public static func name(_ object: JSONValue) -> String {
        KindNames.qualifiedSingular(of: object) + "/" + object.objectName
    }

    /// `-o name` for several objects: one line each, with a trailing newline (`""` for none).
    public static func names(_ objects: [JSONValue]) -> String {
        objects.map { name($0) + "\n" }.joined()
    }
}
