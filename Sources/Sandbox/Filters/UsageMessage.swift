/// The text of a usage error found while reading one option's value (`invalid decreasing range`).
struct UsageMessage: Error, Hashable {
    /// The message, without the program's name.
    var text: String

    /// A message.
    init(_ text: String) { self.text = text }
}
