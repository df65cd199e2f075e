/// The service account controller's sync (`pkg/controller/serviceaccount/serviceaccounts_controller.go`): every
/// active namespace has a `default` ServiceAccount; a missing one is created (with nothing but its name), and a
/// namespace that is terminating gets none.
extension Cluster {
    mutating func syncServiceAccounts(namespace: String) {
        guard let namespaceObject = stored(.namespaces, ObjectKey(namespace: "", name: namespace)),
            namespaceObject["status"]["phase"].string != "Terminating"
        else { return }
        for name in ServiceAccountController.accountNames where !exists(.serviceAccounts, ObjectKey(namespace: namespace, name: name)) {
            create(.serviceAccounts, ["apiVersion": "v1", "kind": "ServiceAccount", "metadata": ["name": .string(name), "namespace": .string(namespace)]])
        }
    }

    /// Runs the controller's queued namespaces.
    mutating func runServiceAccountController() -> Bool {
        guard let work = serviceAccountController.takeWork() else { return false }
        for namespace in work { syncServiceAccounts(namespace: namespace) }
        return true
    }
}
