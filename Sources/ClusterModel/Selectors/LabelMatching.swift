extension Dictionary where Key == String, Value == String {
    /// Whether these labels include every `key: value` of `selector` (a Service's equality selector).
    ///
    /// Checked for every pod write that can change an endpoint. Objects carry a handful of labels, and comparing a
    /// few short keys costs less than hashing each selector key for a dictionary lookup; larger label sets are
    /// looked up.
    func includesAll(_ selector: [String: String]) -> Bool {
        if count > 8 || selector.count > 4 { return selector.allSatisfy { self[$0.key] == $0.value } }
        wanted: for (wantedKey, wantedValue) in selector {
            for (key, value) in self where key == wantedKey {
                if value == wantedValue { continue wanted }
                return false
            }
            return false
        }
        return true
    }
}
