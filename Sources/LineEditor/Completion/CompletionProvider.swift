/// Supplies Tab-completion candidates for the line being edited.
///
/// The shell implements it (kubectl verbs, resource types, object names, flags). The provider
/// decides which token is being completed and which values match; ``CompletionEngine`` decides
/// what to insert or list.
public protocol CompletionProvider {
    func completions(for request: CompletionRequest) -> CompletionResult
}
