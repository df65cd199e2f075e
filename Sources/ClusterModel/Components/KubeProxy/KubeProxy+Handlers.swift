/// kube-proxy's watch handlers.
extension KubeProxy {

    /// The slices of `service` changed: they reach the rules at `time`.
    mutating func slicesChanged(_ service: ObjectKey, slices: [SliceRecord], at time: Timestamp, now: Timestamp) {
        sync(now: now)
        pending.append(Update(time: time, service: service, slices: slices))
    }

    /// A Service was deleted: its rules go at `time`.
    mutating func serviceDeleted(_ service: ObjectKey, at time: Timestamp, now: Timestamp) {
        sync(now: now)
        pending.append(Update(time: time, service: service, slices: []))
    }

    /// Programs every change whose time has come (the proxy's sync loop).
    mutating func sync(now: Timestamp) {
        guard let first = pending.first, first.time <= now else { return }
        let due = pending.prefix { $0.time <= now }
        for update in due { programmed[update.service] = update.slices.isEmpty ? nil : update.slices }
        pending.removeFirst(due.count)
    }
}
