import ClusterModel

/// What one round of `kubectl edit` left to do (`editResults` in kubectl's `editoptions.go`): the reasons the file
/// comes back, how many objects failed for good, and which file holds the user's changes.
struct EditResults {
    var header = EditHeader()
    /// Objects whose patch failed for another reason than Invalid or NotFound (`kubectl replace -f` may retry them).
    var retryable = 0
    /// Objects deleted while being edited.
    var notFound = 0
    /// Objects refused as Invalid: the file is opened again.
    var invalid = 0
    /// The saved file of this round ("" before the first).
    var file = ""

    /// `addError`: counts the failure, records an Invalid one's causes for the header, and returns the line kubectl
    /// prints on stderr (`error: deployments.apps "web" is invalid`).
    mutating func add(_ error: APIError, resource: String, name: String) -> String {
        let subject = "\(resource) \(GoQuote.quoted(name))"
        switch error.reason {
        case .invalid:
            invalid += 1
            header.reasons.append(EditHeader.Reason(head: "\(subject) was not valid", other: error.causes.map { "\($0.field): \($0.message)" }))
            return "error: \(subject) is invalid"
        case .notFound:
            notFound += 1
            return "error: \(subject) could not be found on the server"
        default:
            retryable += 1
            return "error: \(subject) could not be patched: \(error.message)"
        }
    }
}
