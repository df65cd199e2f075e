/// `IsValidLabelValue` for clients (kubectl checks label values before it sends them).
public enum LabelValue {
    /// The problems with `value` as a label value, empty when it is valid.
    public static func problems(_ value: String) -> [String] { NameValidation.labelValueProblems(value) }
}

extension LabelValue {
    /// `IsQualifiedName` for clients (kubectl checks taint keys before it sends them): the first problem of `key`
    /// as a qualified name, empty when it is valid.
    public static func qualifiedNameProblems(_ key: String) -> [String] { NameValidation.qualifiedNameProblem(key).map { [$0] } ?? [] }
}
