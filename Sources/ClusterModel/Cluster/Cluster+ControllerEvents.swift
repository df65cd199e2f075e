/// Events from controllers, through their recorders' correlation (see `EventCorrelation`).
extension Cluster {
    /// Records a controller's events about one object, with the same type and reason and the messages
    /// `messagePrefix + subject`, as its event recorder would: similar events are combined, and a burst is cut off by
    /// the spam filter. The state is looked up once for the whole batch, and a message is only built when it is written
    /// (a ReplicaSet reports thousands of created pods at once).
    mutating func emitCorrelatedEvents(
        about involved: InvolvedObject, namespace: String, objectName: String, type: String = "Normal", reason: String, messagePrefix: String,
        subjects: [String], component: String
    ) {
        guard !subjects.isEmpty else { return }
        let source = EventCorrelation.SourceKey(
            component: component, kind: involved.kind, namespace: involved.namespace, name: involved.name, uid: involved.uid,
            apiVersion: involved.apiVersion)
        let key = EventCorrelation.GroupKey(source: source, type: type, reason: reason)
        var group = eventCorrelation.groups.removeValue(forKey: key) ?? EventCorrelation.Group(lastSeen: now)
        var bucket = eventCorrelation.buckets.removeValue(forKey: source) ?? EventCorrelation.Bucket(tokens: EventCorrelation.burst, updated: now)
        bucket.refill(now: now)
        var observation = eventCorrelation.observations.removeValue(forKey: key)
        for subject in subjects {
            // Within a group the messages share their prefix, so the subjects tell them apart.
            let combined = group.add(subject, now: now)
            // The recorder counts an occurrence of the combined event before the spam filter decides whether to write it.
            if combined { observation?.count += 1 }
            guard bucket.take() else { continue }
            let text = (combined ? "(combined from similar events): " : "") + messagePrefix + subject
            if combined, let seen = observation, events[seen.position] != nil {
                updateEvent(at: seen.position, count: seen.count, message: text)
                continue
            }
            let position = emitEvent(
                about: involved, namespace: namespace, objectName: objectName, type: type, reason: reason, message: .text(text), component: component)
            if combined { observation = EventCorrelation.Observation(position: position, count: 1) }
        }
        eventCorrelation.groups[key] = group
        eventCorrelation.buckets[source] = bucket
        if let observation { eventCorrelation.observations[key] = observation }
    }
}
