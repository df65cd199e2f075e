/// An immutable, reference-counted copy of a typed object, shared by the store and the change feed.
///
/// A feed entry that holds a `Snapshot` is one pointer instead of a full record (hundreds of bytes with a
/// dozen reference-counted fields), so recording a change costs one retain, and an object that is stored and
/// recorded at the same time is kept once.
final class Snapshot<Value: Sendable>: Sendable {
    /// The object as it was when the snapshot was taken.
    let value: Value

    /// A snapshot of `value`.
    init(_ value: Value) { self.value = value }
}
