import ClusterModel

/// `kubectl describe`: the multi-section text kubectl's `pkg/describe` prints per kind.
///
/// Implemented for Pod, Deployment, ReplicaSet, DaemonSet, StatefulSet, Job, CronJob, Service, EndpointSlice, Node, Namespace, ConfigMap, Secret and
/// ServiceAccount; other kinds get a generic
/// `Name`/`Namespace`/`Labels`/`Annotations`/`Events` description.
public enum Describer {
    /// Describes one object. Related objects (a Deployment's ReplicaSets, a ReplicaSet's or Node's Pods, a
    /// Service's EndpointSlices, and every object's Events) come from `related`. The text ends with a newline.
    public static func describe(_ object: JSONValue, related: some RelatedObjects, now: Timestamp) -> String {
        var w = PrefixWriter()
        switch object.kindName {
        case "Pod": PodDescriber.describe(object, related: related, now: now, into: &w)
        case "Deployment": DeploymentDescriber.describe(object, related: related, now: now, into: &w)
        case "ReplicaSet": ReplicaSetDescriber.describe(object, related: related, now: now, into: &w)
        case "DaemonSet": DaemonSetDescriber.describe(object, related: related, now: now, into: &w)
        case "StatefulSet": StatefulSetDescriber.describe(object, related: related, now: now, into: &w)
        case "Job": JobDescriber.describe(object, related: related, now: now, into: &w)
        case "PodDisruptionBudget": PodDisruptionBudgetDescriber.describe(object, related: related, now: now, into: &w)
        case "CronJob": JobDescriber.describeCronJob(object, related: related, now: now, into: &w)
        case "Service": ServiceDescriber.describe(object, related: related, now: now, into: &w)
        case "EndpointSlice": EndpointSliceDescriber.describe(object, related: related, now: now, into: &w)
        case "Node": NodeDescriber.describe(object, related: related, now: now, into: &w)
        case "Namespace": NamespaceDescriber.describe(object, into: &w)
        case "ConfigMap": ConfigMapDescriber.describe(object, related: related, now: now, into: &w)
        case "Secret": SecretDescriber.describe(object, into: &w)
        case "ServiceAccount": ServiceAccountDescriber.describe(object, related: related, now: now, into: &w)
        default:
            w.write(0, "Name:\t\(object.objectName)\n")
            if !object.objectNamespace.isEmpty { w.write(0, "Namespace:\t\(object.objectNamespace)\n") }
            DescribeSections.labels(&w, "Labels", object["metadata"]["labels"].stringMap)
            DescribeSections.annotations(&w, "Annotations", object["metadata"]["annotations"].stringMap)
            DescribeSections.events(&w, related.events(for: object), now: now)
        }
        return w.rendered()
    }
}
