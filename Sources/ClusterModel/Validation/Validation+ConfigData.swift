/// `ValidateConfigMap` and `ValidateSecret` (pkg/apis/core/validation): the keys of `data` and `binaryData`, and
/// the keys each Secret type requires.
extension Validation {
    /// `IsConfigMapKey` (apimachinery `pkg/util/validation`): at most 253 characters of `[-._a-zA-Z0-9]`, and not
    /// `.`, `..` or a name starting with `..`.
    public static func configKeyProblems(_ key: String) -> [String] {
        var problems: [String] = []
        if key.utf8.count > 253 { problems.append("must be no more than 253 characters") }
        let allowed = !key.isEmpty && key.utf8.allSatisfy { byte in
            (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x2D || byte == 0x2E || byte == 0x5F
        }
        if !allowed {
            problems.append(
                "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')"
            )
        }
        if key == "." {
            problems.append("must not be '.'")
        } else if key == ".." {
            problems.append("must not be '..'")
        } else if key.hasPrefix("..") {
            problems.append("must not start with '..'")
        }
        return problems
    }

    /// The causes for a ConfigMap's keys; a key in both `data` and `binaryData` is a duplicate.
    static func configMap(_ object: JSONValue) -> [Cause] {
        var causes: [Cause] = []
        let data = object["data"].object ?? [:]
        let binary = object["binaryData"].object ?? [:]
        for key in data.keys.sorted() {
            for problem in configKeyProblems(key) { causes.append(.invalid("data[\(key)]", .string(key), problem)) }
            if binary[key] != nil { causes.append(.invalid("data[\(key)]", .string(key), "duplicate of key present in binaryData")) }
        }
        for key in binary.keys.sorted() {
            for problem in configKeyProblems(key) { causes.append(.invalid("binaryData[\(key)]", .string(key), problem)) }
        }
        return causes
    }

    /// The causes for a Secret: its keys, then what its type requires.
    static func secret(_ object: JSONValue) -> [Cause] {
        var causes: [Cause] = []
        let data = object["data"].object ?? [:]
        for key in data.keys.sorted() {
            for problem in configKeyProblems(key) { causes.append(.invalid("data[\(key)]", .string(key), problem)) }
        }
        switch object["type"].string ?? "Opaque" {
        case "kubernetes.io/service-account-token":
            if (object["metadata"]["annotations"]["kubernetes.io/service-account.name"].string ?? "").isEmpty {
                causes.append(.required("metadata.annotations[kubernetes.io/service-account.name]"))
            }
        case "kubernetes.io/dockercfg":
            if data[".dockercfg"] == nil { causes.append(.required("data[.dockercfg]")) }
        case "kubernetes.io/dockerconfigjson":
            if data[".dockerconfigjson"] == nil { causes.append(.required("data[.dockerconfigjson]")) }
        case "kubernetes.io/basic-auth":
            if data["username"] == nil && data["password"] == nil {
                causes.append(.required("data[%s][username]"))
                causes.append(.required("data[%s][password]"))
            }
        case "kubernetes.io/ssh-auth":
            if (data["ssh-privatekey"]?.string ?? "").isEmpty { causes.append(.required("data[%s][ssh-privatekey]")) }
        case "kubernetes.io/tls":
            if data["tls.crt"] == nil { causes.append(.required("data[tls.crt]")) }
            if data["tls.key"] == nil { causes.append(.required("data[tls.key]")) }
        default:
            break
        }
        return causes
    }
}
