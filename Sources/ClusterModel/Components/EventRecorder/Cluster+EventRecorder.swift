/// The event recorder: core/v1 Events about objects, and controller events through client-go's correlation
/// (see `EventCorrelation`).
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
        var group = eventRecorder.correlation.groups.removeValue(forKey: key) ?? EventCorrelation.Group(lastSeen: now)
        var bucket = eventRecorder.correlation.buckets.removeValue(forKey: source) ?? EventCorrelation.Bucket(tokens: EventCorrelation.burst, updated: now)
        bucket.refill(now: now)
        var observation = eventRecorder.correlation.observations.removeValue(forKey: key)
        for subject in subjects {
            // Within a group the messages share their prefix, so the subjects tell them apart.
            let combined = group.add(subject, now: now)
            // The recorder counts an occurrence of the combined event before the spam filter decides whether to write it.
            if combined { observation?.count += 1 }
            guard bucket.take() else { continue }
            let text = (combined ? "(combined from similar events): " : "") + messagePrefix + subject
            if combined, let seen = observation, storedEvent(at: seen.position) != nil {
                updateEvent(at: seen.position, count: seen.count, message: text)
                continue
            }
            let position = emitEvent(
                about: involved, namespace: namespace, objectName: objectName, type: type, reason: reason, message: .text(text), component: component)
            if combined { observation = EventCorrelation.Observation(position: position, count: 1) }
        }
        eventRecorder.correlation.groups[key] = group
        eventRecorder.correlation.buckets[source] = bucket
        if let observation { eventRecorder.correlation.observations[key] = observation }
    }

    /// Records a core/v1 Event about an object (`involvedObject`), as the named component would; returns its
    /// position in the event log.
    @discardableResult
    mutating func emitEvent(
        about involved: InvolvedObject, namespace: String, objectName: String, type: String = "Normal", reason: String, message: EventMessage,
        component: String, host: String? = nil
    ) -> Int {
        // Like client-go's recorder: `<object>.<UnixNano in hex>`, so one object's events sort chronologically.
        eventRecorder.counter += 1
        let nanos = UInt64(max(0, now.milliseconds)) &* 1_000_000 &+ UInt64(eventRecorder.counter % 1_000_000)
        let now = now
        return createEvent { uidHigh, uidLow in
            EventRecord(
                meta: EventMeta(objectName: objectName, nanos: nanos, namespace: namespace, uidHigh: uidHigh, uidLow: uidLow, creationTimestamp: now),
                type: type, reason: reason, messageParts: message, involvedObject: involved, component: component, host: host,
                firstTimestamp: now, lastTimestamp: now)
        }
    }

    /// Records another occurrence of the stored event at `position` (MODIFIED): its count, message and last time.
    mutating func updateEvent(at position: Int, count: Int, message: String) {
        let now = now
        patchEvent(at: position) { event in
            event.count = count
            event.lastTimestamp = now
            event.message = message
        }
    }

    /// `involvedObject` for a pod event (with the container `fieldPath` when given).
    func involvedPod(_ pod: PodRecord, container: String? = nil) -> InvolvedObject { involvedPod(pod.meta, container: container) }

    /// `involvedObject` for an event about the pod with metadata `meta`.
    func involvedPod(_ meta: ObjectMeta, container: String? = nil) -> InvolvedObject {
        InvolvedObject(
            apiVersion: "v1", kind: "Pod", name: meta.name, namespace: meta.namespace, uid: meta.uid, resourceVersion: meta.resourceVersion,
            container: container)
    }

    /// `involvedObject` for an event about a JSON-stored object.
    func involved(_ type: ResourceType, _ object: JSONValue) -> InvolvedObject {
        InvolvedObject(
            apiVersion: type.apiVersion, kind: type.kind, name: object["metadata"]["name"].string ?? "",
            namespace: object["metadata"]["namespace"].string ?? "", uid: object["metadata"]["uid"].string ?? "",
            resourceVersion: object["metadata"]["resourceVersion"].string.flatMap { Int($0) })
    }

    /// Records an event that repeats (the kubelet's `Unhealthy`): the first occurrence is a new event, later ones with
    /// the same `marker` count it up.
    mutating func emitRepeatableEvent(
        marker: String, about involved: InvolvedObject, namespace: String, objectName: String, type: String, reason: String, message: String,
        component: String, host: String?
    ) {
        if let position = eventRecorder.repeatedEvents[marker], let count = storedEvent(at: position)?.value.count {
            updateEvent(at: position, count: count + 1, message: message)
            return
        }
        eventRecorder.repeatedEvents[marker] = emitEvent(
            about: involved, namespace: namespace, objectName: objectName, type: type, reason: reason, message: .text(message), component: component,
            host: host)
    }

    /// Records an event as client-go's recorder deduplicates them (`EventLogger`): an event with the same source,
    /// object, container, type, reason and message as one recorded before counts that one up (`x3 over 40s`).
    /// Used for the kubelet's events about containers that restart and images that are pulled again.
    mutating func emitDeduplicatedEvent(
        about involved: InvolvedObject, namespace: String, objectName: String, type: String = "Normal", reason: String, message: String,
        component: String, host: String?
    ) {
        let marker = involved.uid + "/" + (involved.container ?? "") + "/" + type + "/" + reason + "/" + message
        if eventRecorder.repeatedEvents[marker] == nil,
            let position = latestEventPosition(where: {
                $0.involvedObject.uid == involved.uid && $0.involvedObject.container == involved.container && $0.type == type
                    && $0.reason == reason && $0.component == component && $0.message == message
            })
        {
            eventRecorder.repeatedEvents[marker] = position
        }
        emitRepeatableEvent(
            marker: marker, about: involved, namespace: namespace, objectName: objectName, type: type, reason: reason, message: message,
            component: component, host: host)
    }
}
