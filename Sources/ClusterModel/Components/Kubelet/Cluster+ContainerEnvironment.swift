/// The environment the kubelet gives a container (`kubelet_pods.go` `makeEnvironmentVariables`): `env` values,
/// `valueFrom` ConfigMap and Secret keys and pod fields, and `envFrom` sources, read when the container starts.
extension Cluster {
    /// The container's environment in order, or the kubelet's error when a referenced ConfigMap, Secret or key is
    /// missing (the container then waits in `CreateContainerConfigError`).
    func containerEnvironment(_ container: JSONValue, pod: PodRecord) -> Result<[(String, String)], ContainerConfigError> {
        let namespace = pod.meta.namespace
        var environment: [(String, String)] = []
        func source(_ type: ResourceType, _ name: String) -> JSONValue? { stored(type, ObjectKey(namespace: namespace, name: name)) }
        func value(_ object: JSONValue, key: String, secret: Bool) -> String? {
            if secret { return object["data"][key].string.flatMap(Base64.decode).map { String(decoding: $0, as: UTF8.self) } }
            return object["data"][key].string
        }
        for from in container["envFrom"].array ?? [] {
            let prefix = from["prefix"].string ?? ""
            for (field, type, secret) in [("configMapRef", ResourceType.configMaps, false), ("secretRef", ResourceType.secrets, true)] {
                let reference = from[field]
                guard let name = reference["name"].string else { continue }
                guard let object = source(type, name) else {
                    if reference["optional"].bool == true { continue }
                    return .failure(ContainerConfigError(message: "\(secret ? "secret" : "configmap") \"\(name)\" not found"))
                }
                for key in (object["data"].object ?? [:]).keys.sorted() {
                    if let text = value(object, key: key, secret: secret) { environment.append((prefix + key, text)) }
                }
            }
        }
        for variable in container["env"].array ?? [] {
            guard let name = variable["name"].string else { continue }
            let from = variable["valueFrom"]
            if from.isNull {
                environment.append((name, variable["value"].string ?? ""))
                continue
            }
            for (field, type, secret, kind) in [
                ("configMapKeyRef", ResourceType.configMaps, false, "ConfigMap"), ("secretKeyRef", ResourceType.secrets, true, "Secret"),
            ] {
                let reference = from[field]
                guard let sourceName = reference["name"].string, let key = reference["key"].string else { continue }
                let optional = reference["optional"].bool == true
                guard let object = source(type, sourceName) else {
                    if optional { break }
                    return .failure(ContainerConfigError(message: "\(secret ? "secret" : "configmap") \"\(sourceName)\" not found"))
                }
                guard let text = value(object, key: key, secret: secret) else {
                    if optional { break }
                    return .failure(ContainerConfigError(message: "couldn't find key \(key) in \(kind) \(namespace)/\(sourceName)"))
                }
                environment.append((name, text))
            }
            if let path = from["fieldRef"]["fieldPath"].string {
                let text: String
                switch path {
                case "metadata.name": text = pod.meta.name
                case "metadata.namespace": text = namespace
                case "metadata.uid": text = pod.meta.uid
                case "spec.nodeName": text = pod.nodeName ?? ""
                case "spec.serviceAccountName": text = pod.spec["serviceAccountName"].string ?? "default"
                case "status.podIP": text = pod.podIP ?? ""
                case "status.hostIP": text = pod.hostIP ?? ""
                default: text = ""
                }
                environment.append((name, text))
            }
        }
        return .success(environment)
    }
}

/// Why the kubelet could not build a container's configuration (`CreateContainerConfigError`).
struct ContainerConfigError: Error, Sendable, Equatable {
    var message: String
}
