/// A pipeline stage whose command line was wrong: it prints its error when the pipeline starts, reads nothing
/// and ends with the tool's usage status, as a real tool that exits at once does.
struct FailedFilter: TextFilter, Error {
    /// The whole message for standard error.
    var error: String
    /// The exit status.
    var status: Int32

    mutating func consume(_ line: String, terminated: Bool) -> String { "" }
    var isSatisfied: Bool { true }
    mutating func finish() -> FilterEnd { FilterEnd(output: "", status: status) }
}
