/// The StatefulSet rules of `ValidateStatefulSetSpec` that `workloadSpec` does not cover, and
/// `ValidateStatefulSetUpdate`'s list of the fields an update may change.
extension Validation {
    /// Pod management policy, update strategy, claim retention policy, start ordinal and `activeDeadlineSeconds`,
    /// on the defaulted spec.
    static func statefulSetSpec(_ spec: JSONValue) -> [Cause] {
        var causes: [Cause] = []
        let policy = spec["podManagementPolicy"].string ?? ""
        if policy != "OrderedReady" && policy != "Parallel" {
            causes.append(.invalid("spec.podManagementPolicy", .string(policy), "must be 'OrderedReady' or 'Parallel'"))
        }
        let strategy = spec["updateStrategy"]
        let rolling = strategy["rollingUpdate"]
        switch strategy["type"].string ?? "" {
        case "OnDelete":
            if !rolling.isNull {
                causes.append(
                    Cause(
                        field: "spec.updateStrategy.rollingUpdate", type: "FieldValueInvalid",
                        message: "Invalid value: \(internalRollingUpdate(rolling)): only allowed for updateStrategy 'RollingUpdate'"))
            }
        case "RollingUpdate":
            if let partition = rolling["partition"].int, partition < 0 {
                causes.append(.invalid("spec.updateStrategy.rollingUpdate.partition", .int(partition), "must be greater than or equal to 0"))
            }
            causes += statefulSetMaxUnavailable(rolling["maxUnavailable"])
        default:
            // field.Invalid renders the internal StatefulSetUpdateStrategy with json.Marshal (Go field names).
            let type = JSONValue.string(strategy["type"].string ?? "").compactJSON
            let value = "{\"Type\":\(type),\"RollingUpdate\":\(rolling.isNull ? "null" : internalRollingUpdate(rolling))}"
            causes.append(Cause(field: "spec.updateStrategy", type: "FieldValueInvalid", message: "Invalid value: \(value): must be 'RollingUpdate' or 'OnDelete'"))
        }
        for field in ["whenDeleted", "whenScaled"] {
            let value = spec["persistentVolumeClaimRetentionPolicy"][field].string ?? ""
            if value != "Retain" && value != "Delete" {
                causes.append(.notSupported("spec.persistentVolumeClaimRetentionPolicy." + field, .string(value), supported: ["Retain", "Delete"]))
            }
        }
        if let start = spec["ordinals"]["start"].int, start < 0 {
            causes.append(.invalid("spec.ordinals.start", .int(start), "must be greater than or equal to 0"))
        }
        if !spec["template"]["spec"]["activeDeadlineSeconds"].isNull {
            causes.append(.forbidden("spec.template.spec.activeDeadlineSeconds", "activeDeadlineSeconds in StatefulSet is not Supported"))
        }
        return causes
    }

    /// `ValidateStatefulSetUpdate`: only `replicas`, `ordinals`, `template`, `updateStrategy`,
    /// `persistentVolumeClaimRetentionPolicy` and `minReadySeconds` may change.
    static func statefulSetUpdate(_ new: JSONValue, old: JSONValue) -> [Cause] {
        var clone = new
        for field in ["replicas", "ordinals", "template", "updateStrategy", "persistentVolumeClaimRetentionPolicy", "minReadySeconds"] {
            clone[field] = old[field]
        }
        guard clone != old else { return [] }
        return [
            .forbidden(
                "spec",
                "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden"
            )
        ]
    }

    /// `validateRollingUpdateStatefulSet`'s `maxUnavailable`: `ValidatePositiveIntOrPercent`, then "cannot be 0" for
    /// a value `getIntOrPercentValue` reads as 0 (also an unreadable string), then at most 100%.
    private static func statefulSetMaxUnavailable(_ value: JSONValue) -> [Cause] {
        let path = "spec.updateStrategy.rollingUpdate.maxUnavailable"
        var causes: [Cause] = []
        var number = 0
        switch value {
        case .null:
            return []
        case .int(let integer):
            if integer < 0 { causes.append(.invalid(path, value, "must be greater than or equal to 0")) }
            number = integer
        case .string(let text):
            let digits = text.hasSuffix("%") ? text.dropLast() : Substring(text)
            if !(text.hasSuffix("%") && !digits.isEmpty && digits.allSatisfy({ $0.isASCII && $0.isNumber })) {
                let message = "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')"
                causes.append(.invalid(path, value, message))
            }
            number = Int(digits) ?? 0
        default:
            return []
        }
        if number == 0 { causes.append(.invalid(path, value, "cannot be 0")) }
        if case .string(let text) = value, text.hasSuffix("%"), number > 100 { causes.append(.invalid(path, value, "must not be greater than 100%")) }
        return causes
    }

    /// The internal `RollingUpdateStatefulSetStrategy` as json.Marshal writes it, fields in declaration order
    /// (`Partition` is not a pointer).
    private static func internalRollingUpdate(_ rolling: JSONValue) -> String {
        "{\"Partition\":\(rolling["partition"].int ?? 0),\"MaxUnavailable\":\(rolling["maxUnavailable"].compactJSON)}"
    }
}
