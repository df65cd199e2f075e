/// The garbage collector's watch handlers: it notices dependents disappearing.
extension GarbageCollector {
    /// Whether a dependent of `ownerUID` disappearing concerns an owner waiting in the foreground.
    func isWaiting(_ ownerUID: String?) -> Bool {
        guard let ownerUID else { return false }
        return waitingForDependents[ownerUID] != nil
    }
}
