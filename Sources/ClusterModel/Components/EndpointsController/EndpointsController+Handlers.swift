/// The Endpoints controller's watch handlers.
extension EndpointsController {
    /// A Service was deleted: forget what its Endpoints object was built from.
    mutating func serviceDeleted(_ key: ObjectKey) {
        contents[key] = nil
        addresses[key] = nil
    }
}
