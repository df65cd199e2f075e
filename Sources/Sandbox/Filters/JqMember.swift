/// One key and value of a jq object.
struct JqMember: Hashable, Sendable {
    var key: String
    var value: JqValue
}
