import ClusterModel

/// The ServiceAccount table: `NAME SECRETS AGE` (`printServiceAccount`: SECRETS counts `secrets`).
enum ServiceAccountTable {
    static let definition = TableDefinition(columns: ["NAME", "SECRETS", "AGE"], wideColumns: ["NAME", "SECRETS", "AGE"]) { account, now, _ in
        [account.objectName, String(account["secrets"].array?.count ?? 0), TableDefinition.age(account, now)]
    }
}
