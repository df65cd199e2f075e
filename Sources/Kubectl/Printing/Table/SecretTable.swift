import ClusterModel

/// The Secret table: `NAME TYPE DATA AGE` (`printSecret`).
enum SecretTable {
    static let definition = TableDefinition(columns: ["NAME", "TYPE", "DATA", "AGE"], wideColumns: ["NAME", "TYPE", "DATA", "AGE"]) { secret, now, _ in
        [secret.objectName, secret.text("type"), String(secret["data"].object?.count ?? 0), TableDefinition.age(secret, now)]
    }
}
