/// How a filter ended.
struct FilterEnd: Hashable, Sendable {
    /// The last of its standard output.
    var output: String
    /// What it wrote to standard error.
    var error: String = ""
    /// Its exit status.
    var status: Int32 = 0
}
