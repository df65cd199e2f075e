/// The Deployment and ReplicaSet rules of kubernetes `pkg/apis/apps/validation` that come after the pod template:
/// the template's restart policy, the update strategy and the non-negative counts.
extension Validation {
    /// `ValidatePodTemplateSpecForReplicaSet`: a workload's pods always restart.
    static func templateRestartPolicy(_ spec: JSONValue) -> [Cause] {
        guard let policy = spec["template"]["spec"]["restartPolicy"].string, policy != "Always" else { return [] }
        return [.notSupported("spec.template.spec.restartPolicy", .string(policy), supported: ["Always"])]
    }

    /// `ValidateDeploymentStrategy` and `ValidateRollingUpdateDeployment`, on the defaulted strategy.
    static func deploymentStrategy(_ strategy: JSONValue) -> [Cause] {
        let path = "spec.strategy"
        switch strategy["type"].string ?? "" {
        case "Recreate":
            guard !strategy["rollingUpdate"].isNull else { return [] }
            return [.forbidden(path + ".rollingUpdate", "may not be specified when strategy `type` is 'Recreate'")]
        case "RollingUpdate":
            let rolling = strategy["rollingUpdate"]
            var causes = intOrPercent(rolling["maxUnavailable"], path: path + ".rollingUpdate.maxUnavailable")
            causes += intOrPercent(rolling["maxSurge"], path: path + ".rollingUpdate.maxSurge")
            if percentOrInt(rolling["maxUnavailable"]) == 0 && percentOrInt(rolling["maxSurge"]) == 0 {
                causes.append(.invalid(path + ".rollingUpdate.maxUnavailable", rolling["maxUnavailable"], "may not be 0 when `maxSurge` is 0"))
            }
            if case .string(let text) = rolling["maxUnavailable"], let percent = percentValue(text), percent > 100 {
                causes.append(.invalid(path + ".rollingUpdate.maxUnavailable", rolling["maxUnavailable"], "must not be greater than 100%"))
            }
            return causes
        default:
            // field.NotSupported renders the internal DeploymentStrategy struct with json.Marshal: Go field names, in
            // declaration order.
            let value = "{\"Type\":\(JSONValue.string(strategy["type"].string ?? "").compactJSON),\"RollingUpdate\":\(internalRollingUpdate(strategy["rollingUpdate"]))}"
            return [
                Cause(
                    field: path, type: "FieldValueNotSupported",
                    message: "Unsupported value: \(value): supported values: \"Recreate\", \"RollingUpdate\"")
            ]
        }
    }

    /// `ValidateNonnegativeField` for the counts of a Deployment spec, in `ValidateDeploymentSpec`'s order.
    static func deploymentCounts(_ spec: JSONValue) -> [Cause] {
        var causes: [Cause] = []
        for field in ["minReadySeconds", "revisionHistoryLimit", "progressDeadlineSeconds"] {
            if let value = spec[field].int, value < 0 {
                causes.append(.invalid("spec." + field, .int(value), "must be greater than or equal to 0"))
            }
        }
        if let deadline = spec["progressDeadlineSeconds"].int, deadline >= 0, deadline <= spec["minReadySeconds"].int ?? 0 {
            causes.append(.invalid("spec.progressDeadlineSeconds", .int(deadline), "must be greater than minReadySeconds"))
        }
        return causes
    }

    /// `ValidatePositiveIntOrPercent`: a non-negative integer or a valid percent string.
    private static func intOrPercent(_ value: JSONValue, path: String) -> [Cause] {
        switch value {
        case .string(let text) where percentValue(text) == nil:
            let message = "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')"
            return [.invalid(path, value, message)]
        case .int(let number) where number < 0:
            return [.invalid(path, value, "must be greater than or equal to 0")]
        default:
            return []
        }
    }

    /// The number in `N%`, or nil when `text` is not a percent string (`[0-9]+%`).
    private static func percentValue(_ text: String) -> Int? {
        guard text.hasSuffix("%"), text.count > 1, text.dropLast().allSatisfy(\.isASCII), text.dropLast().allSatisfy(\.isNumber) else { return nil }
        return Int(text.dropLast()) ?? Int.max
    }

    /// `getIntOrPercentValue`: the integer, or the percent's number (0 for anything unreadable).
    private static func percentOrInt(_ value: JSONValue) -> Int {
        switch value {
        case .int(let number): return number
        case .string(let text): return percentValue(text) ?? 0
        default: return 0
        }
    }

    /// The internal `*RollingUpdateDeployment` as json.Marshal writes it (`null` when absent).
    private static func internalRollingUpdate(_ rolling: JSONValue) -> String {
        guard !rolling.isNull else { return "null" }
        func intOrString(_ value: JSONValue) -> String { value.isNull ? "0" : value.compactJSON }
        return "{\"MaxUnavailable\":\(intOrString(rolling["maxUnavailable"])),\"MaxSurge\":\(intOrString(rolling["maxSurge"]))}"
    }
}
