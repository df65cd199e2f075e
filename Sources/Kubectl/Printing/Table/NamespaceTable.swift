import ClusterModel

/// The Namespace table: `NAME STATUS AGE`.
enum NamespaceTable {
    static let definition = TableDefinition(columns: ["NAME", "STATUS", "AGE"], wideColumns: ["NAME", "STATUS", "AGE"]) { namespace, now, _ in
        [namespace.objectName, namespace.text("status.phase"), TableDefinition.age(namespace, now)]
    }
}
