import ClusterModel

/// `kubectl logs -f` reading on: one container of one pod, and how many of its log lines have been printed.
///
/// A container's log only grows at its end (see `Cluster.podLog`), so each read prints the lines beyond those
/// printed before. The stream ends when the container stops running, or when the pod is gone or replaced by a new one
/// of the same name.
struct LogFollower {
    var namespace: String
    var pod: String
    /// The uid of the pod being followed.
    var uid: String?
    var container: String
    /// The `sinceTime` of the reads.
    var since: Timestamp?
    /// How many lines of the log have been printed.
    var printed: Int

    /// Reads the log in `cluster`'s state, hands the new lines to `print`, and returns whether the stream has ended.
    mutating func readOn(_ cluster: some ClusterClient, print: (LogLine) -> Void) -> Bool {
        guard let object = cluster.object(.pods, namespace: namespace, name: pod), object["metadata"]["uid"].string == uid else { return true }
        if let log = try? cluster.podLog(namespace: namespace, name: pod, container: container, previous: false, sinceTime: since), log.count > printed {
            log[printed...].forEach(print)
            printed = log.count
        }
        let status = object["status"]["containerStatuses"].array?.first { $0["name"].string == container } ?? .null
        return status["state"]["running"].isNull
    }
}
