/// Why a line could not be split into a pipeline.
public enum PipelineError: Error, Hashable, Sendable {
    /// A `|` with nothing before it, or two in a row with only blanks between (`| grep x`, `a | | b`).
    case emptyCommand
    /// The line ends with a `|` (bash would wait for the rest of the pipeline).
    case missingCommandAtEnd
    /// `||` or `|&`, which are not pipes to a filter.
    case listOperator(String)

    /// The message, as bash words its syntax errors (`||` and `|&` are refused as shell syntax instead).
    public var description: String {
        switch self {
        case .emptyCommand: return "syntax error near unexpected token `|'"
        case .missingCommandAtEnd: return "syntax error: a command must follow '|'"
        case .listOperator(let text): return "'\(text)'"
        }
    }
}
