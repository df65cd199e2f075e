/// A Service's EndpointSlices while one endpoint sync changes them.
///
/// The slices sit in an array, so reading or changing one (`slices[position].endpoints…`) borrows it in place;
/// reading a slice out of a dictionary copies the whole record. Removed slices keep their position and are marked.
struct WorkingSlices {
    /// The slices, by position.
    var slices: [SliceRecord] = []
    /// The key of the slice at each position.
    private(set) var keys: [ObjectKey] = []
    /// Whether the slice at each position has been removed.
    private(set) var removed: [Bool] = []
    /// Whether the slice at each position has changed in this sync (and must be written).
    private var touchedFlags: [Bool] = []
    private var positions: [ObjectKey: Int] = [:]

    /// The position of the slice `key`, unless it is absent or removed.
    func position(of key: ObjectKey) -> Int? {
        guard let position = positions[key], !removed[position] else { return nil }
        return position
    }

    /// Adds a slice; returns its position.
    @discardableResult
    mutating func add(_ slice: SliceRecord) -> Int {
        let position = slices.count
        let key = slice.meta.key
        slices.append(slice)
        keys.append(key)
        removed.append(false)
        touchedFlags.append(false)
        positions[key] = position
        return position
    }

    /// Marks the slice at `position` removed.
    mutating func remove(at position: Int) {
        removed[position] = true
        touchedFlags[position] = false
        positions[keys[position]] = nil
    }

    /// Marks the slice at `position` changed.
    mutating func touch(_ position: Int) { touchedFlags[position] = true }

    /// The positions of the changed slices still present, in key order.
    var touchedPositionsInKeyOrder: [Int] {
        slices.indices.filter { touchedFlags[$0] }.sorted { keys[$0] < keys[$1] }
    }

    /// Whether every slice has been removed (or there never were any).
    var isEmpty: Bool { positions.isEmpty }

    /// The positions of the slices still present, in key order.
    var positionsInKeyOrder: [Int] {
        slices.indices.filter { !removed[$0] }.sorted { keys[$0] < keys[$1] }
    }
}
