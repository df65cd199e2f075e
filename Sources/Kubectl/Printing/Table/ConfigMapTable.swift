import ClusterModel

/// The ConfigMap table: `NAME DATA AGE` (`printConfigMap`: DATA counts `data` and `binaryData` keys).
enum ConfigMapTable {
    static let definition = TableDefinition(columns: ["NAME", "DATA", "AGE"], wideColumns: ["NAME", "DATA", "AGE"]) { configMap, now, _ in
        let count = (configMap["data"].object?.count ?? 0) + (configMap["binaryData"].object?.count ?? 0)
        return [configMap.objectName, String(count), TableDefinition.age(configMap, now)]
    }
}
