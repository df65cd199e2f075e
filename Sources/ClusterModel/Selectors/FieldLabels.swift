/// The fields each kind can be selected by, and their values: the field label conversions and `…ToSelectableFields`
/// functions of kubernetes `pkg/apis/<group>/<version>/conversion.go` and the registries' `GetAttrs`.
enum FieldLabels {
    /// The labels `type` accepts.
    static func supported(by type: ResourceType) -> Set<String> {
        let common: Set<String> = type.namespaced ? ["metadata.name", "metadata.namespace"] : ["metadata.name"]
        switch type {
        case .pods:
            return common.union([
                "spec.nodeName", "spec.restartPolicy", "spec.schedulerName", "spec.serviceAccountName", "spec.hostNetwork",
                "status.phase", "status.podIP", "status.nominatedNodeName",
            ])
        case .events:
            return common.union([
                "involvedObject.kind", "involvedObject.namespace", "involvedObject.name", "involvedObject.uid", "involvedObject.apiVersion",
                "involvedObject.resourceVersion", "involvedObject.fieldPath", "reason", "reportingComponent", "source", "type",
            ])
        case .namespaces: return common.union(["status.phase"])
        case .nodes: return common.union(["spec.unschedulable"])
        case .replicaSets: return common.union(["status.replicas"])
        default: return ["metadata.name", "metadata.namespace"]
        }
    }

    /// Kinds with a conversion function of their own (which says `field label not supported: …`); the others use
    /// `runtime.DefaultMetaV1FieldSelectorConversion`.
    static func hasOwnConversion(_ type: ResourceType) -> Bool {
        [.pods, .events, .namespaces, .nodes, .replicaSets].contains(type)
    }

    /// The text value of a selectable field (absent fields are empty; booleans read `true`/`false`).
    static func value(of field: String, in object: JSONValue) -> String {
        switch field {
        case "source": return object["source"]["component"].string ?? ""
        case "spec.hostNetwork", "spec.unschedulable": return object[path: field].bool == true ? "true" : "false"
        default:
            switch object[path: field] {
            case .string(let text): return text
            case .int(let number): return String(number)
            case .bool(let flag): return flag ? "true" : "false"
            default: return ""
            }
        }
    }
}
