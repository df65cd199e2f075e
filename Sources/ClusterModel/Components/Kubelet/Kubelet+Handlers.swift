/// The kubelets' watch handlers.
extension Kubelet {
    /// A pod was removed for good: its termination bookkeeping goes.
    mutating func podRemoved(_ key: ObjectKey) {
        podTermination[key] = nil
        readinessOverrides[key] = nil
        if !mountAttempts.isEmpty { mountAttempts[key] = nil }
        if !livenessFailures.isEmpty {
            let prefix = key.namespace + "/" + key.name + "/"
            livenessFailures = livenessFailures.filter { !$0.key.hasPrefix(prefix) }
        }
        if !crashBackOff.isEmpty { crashBackOff.remove(prefix: key.namespace + "/" + key.name + "/") }
        if !imageBackOff.isEmpty { imageBackOff.remove(prefix: key.namespace + "/" + key.name + "/") }
    }
}
