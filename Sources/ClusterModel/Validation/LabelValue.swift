/// `IsValidLabelValue` for clients (kubectl checks label values before it sends them).
public enum LabelValue {
    /// The problems with `value` as a label value, empty when it is valid.
    public static func problems(_ value: String) -> [String] { NameValidation.labelValueProblems(value) }
}
