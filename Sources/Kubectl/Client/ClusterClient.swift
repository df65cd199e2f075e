import ClusterModel

/// The API kubectl talks to: the REST verbs of a Kubernetes API server, as client-go's dynamic client offers them.
///
/// Every command in `Kubectl` reaches the cluster only through this protocol, so the same interpreter can run
/// against the in-process simulated cluster (`Cluster` conforms in `Cluster+ClusterClient.swift`) or, later, an
/// API server over HTTP. Objects travel as `JSONValue`, exactly as JSON travels over the wire; errors are the
/// API server's `Status` (`APIError`).
///
/// Time is part of the protocol because a blocking command (`get -w`, `delete --wait`, `logs -f`) lets it pass:
/// a simulated cluster runs its components when asked to advance, a remote one would be waited for.
public protocol ClusterClient {
    // MARK: Reads

    /// `GET` of one object (nil namespace means `default` for namespaced kinds); nil when it does not exist.
    func object(_ type: ResourceType, namespace: String?, name: String) -> JSONValue?
    /// `LIST`: the objects of `type` in `namespace` (nil: all namespaces) matching `options`, sorted by namespace,
    /// then name; BadRequest for a field selector the kind does not support.
    func list(_ type: ResourceType, namespace: String?, options: ListOptions) throws(APIError) -> ObjectList
    /// How many objects of `type` `namespace` holds (for the tutor's limits; cheaper than a list).
    func objectCount(_ type: ResourceType, namespace: String) -> Int

    // MARK: Watch

    /// The newest change's sequence number: the resourceVersion a watch starts from.
    var lastSequence: Int { get }
    /// `WATCH` from a resourceVersion: the ADDED/MODIFIED/DELETED events after `sequence`, oldest first.
    func changes(since sequence: Int) -> [ChangeEvent]

    // MARK: Writes

    /// `POST`: creates `object` (with `dryRun=All` when `options.dryRun`).
    mutating func create(_ object: JSONValue, options: WriteOptions) throws(APIError) -> WriteResult
    /// `PUT`: replaces the object `object` names.
    mutating func update(_ object: JSONValue, options: WriteOptions) throws(APIError) -> WriteResult
    /// `PATCH` with a strategic merge, JSON merge or JSON patch.
    mutating func patch(
        _ type: ResourceType, namespace: String?, name: String, patch: JSONValue, as patchType: PatchType, options: WriteOptions
    ) throws(APIError) -> WriteResult
    /// `PATCH …/NAME/scale` or `…/NAME/status` (`patch --subresource`); returns the sub-resource as the server
    /// answers it.
    mutating func patch(
        _ type: ResourceType, namespace: String?, name: String, subresource: String, patch: JSONValue, as patchType: PatchType,
        options: WriteOptions
    ) throws(APIError) -> WriteResult
    /// `DELETE` with DeleteOptions; returns the object as the API server answered (a pod with its
    /// `deletionTimestamp` when the deletion is graceful).
    mutating func delete(_ type: ResourceType, namespace: String?, name: String, options: DeleteOptions) throws(APIError) -> JSONValue

    // MARK: Sub-resources

    /// `PUT …/scale`: sets the replicas of a Deployment or ReplicaSet; returns the workload.
    mutating func scale(_ type: ResourceType, namespace: String, name: String, replicas: Int, options: WriteOptions) throws(APIError) -> JSONValue
    /// `GET …/NAME/status` or `…/NAME/scale` (kubectl's `--subresource`).
    func subresource(_ type: ResourceType, namespace: String?, name: String, _ subresource: String) throws(APIError) -> JSONValue
    /// `POST …/pods/NAME/eviction`: evicts the pod (a graceful delete disruption budgets may refuse); returns the
    /// API server's `Status`.
    mutating func evict(namespace: String, name: String, eviction: JSONValue) throws(APIError) -> JSONValue
    /// `GET …/pods/NAME/log`: the lines a container has written so far.
    func podLog(namespace: String, name: String, container: String?, previous: Bool, sinceTime: Timestamp?) throws(APIError) -> [LogLine]
    /// `POST …/pods/NAME/exec`: prepares `command` in a running container (the kubelet's exec endpoint).
    func execCommand(namespace: String, pod: String, container: String, command: [String], terminal: Bool) throws(APIError) -> ContainerCommand
    /// The answer to a network call of a command running in a pod (the data path behind the exec stream).
    mutating func perform(_ effect: ContainerEffect, namespace: String, pod: String) -> ContainerEffectResult
    /// `GET /version`: the server's `gitVersion`.
    var serverVersion: String { get }

    // MARK: Time

    /// The cluster's current time.
    var now: Timestamp { get }
    /// When the cluster next changes on its own (nil: nothing is scheduled, or unknown).
    var nextEventTime: Timestamp? { get }
    /// Lets `seconds` of cluster time pass.
    mutating func advance(by seconds: Double)
}

extension ClusterClient {
    /// All items of a `LIST` with at most a label selector (which the server cannot refuse).
    func list(_ type: ResourceType, namespace: String?, selector: LabelSelector? = nil) -> [JSONValue] {
        (try? list(type, namespace: namespace, options: ListOptions(labelSelector: selector)))?.items ?? []
    }

    /// A `LIST` as kubectl's resource builder makes it, in chunks of 500 (`--chunk-size`), with its error texts
    /// (cli-runtime `EnhanceListError`): `Unable to find "/v1, Resource=pods" that match label selector …`.
    func list(_ type: ResourceType, namespace: String?, selector: LabelSelector?, selectorText: String?, fieldSelector: String?)
        throws(KubectlError) -> [JSONValue]
    {
        var options = ListOptions(labelSelector: selector, limit: 500)
        var items: [JSONValue] = []
        do throws(APIError) {
            if let fieldSelector { options.fieldSelector = try FieldSelector(parsing: fieldSelector) }
            while true {
                let chunk = try list(type, namespace: namespace, options: options)
                items += chunk.items
                guard let next = chunk.continueToken else { return items }
                options.continueToken = next
            }
        } catch {
            var failure = error
            let subject = "\(type.group)/\(type.version), Resource=\(type.plural)"
            if selectorText == nil && fieldSelector == nil {
                failure.message = "Unable to list \"\(subject)\": \(error.message)"
            } else {
                failure.message = "Unable to find \"\(subject)\" that match label selector \"\(selectorText ?? "")\", field selector \"\(fieldSelector ?? "")\": \(error.message)"
            }
            throw KubectlError(message: failure.kubectlMessage)
        }
    }
}
