extension APIError {
    /// The `Status.reason` values the simulated server produces.
    public enum Reason: String, Sendable, Equatable, CaseIterable {
        /// 404: the object does not exist.
        case notFound = "NotFound"
        /// 409: an object with that name exists.
        case alreadyExists = "AlreadyExists"
        /// 422: validation failed; see `causes`.
        case invalid = "Invalid"
        /// 400: the request could not be understood (bad manifest, unknown kind, bad selector).
        case badRequest = "BadRequest"
        /// 409: a precondition (uid/resourceVersion) did not hold.
        case conflict = "Conflict"
        /// 405: the operation is not supported on this resource.
        case methodNotAllowed = "MethodNotAllowed"
        /// 403: the operation is forbidden (e.g. deleting a system namespace).
        case forbidden = "Forbidden"
        /// 429: the request may succeed later (an eviction a disruption budget does not allow yet).
        case tooManyRequests = "TooManyRequests"
        /// 500: an internal error.
        case internalError = "InternalError"
    }
}
