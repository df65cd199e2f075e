/// `resource.ParseQuantity` for clients (`kubectl set resources` parses quantities before it sends them).
public enum ResourceQuantity {
    /// ParseQuantity's error for `text` (`quantities must match the regular expression …`), or nil when valid.
    public static func problem(_ text: String) -> String? { QuantityFormat.problem(text) }
}
