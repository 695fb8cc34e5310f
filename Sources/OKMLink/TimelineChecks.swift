import OKMModel

/// The rules of an institution's `timeline`, checked entry by entry against the one before:
///
/// - dates move strictly forward (oldest first, one entry per date);
/// - the status never steps back (operating → closure-planned → no-children → liquidation →
///   closed / restructured) unless the entry has a `note` that says why.
///
/// Two more rules are checked elsewhere: `children` is never negative (the loader reads it
/// as a number of at least 0) and `source` must name a published record (the reference pass).
enum TimelineChecks {
    static func check(_ institutions: [Institution]) -> [Diagnostic] {
        institutions.flatMap { check($0.timeline) }
    }

    static func check(_ timeline: [Milestone]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for n in timeline.indices.dropFirst() {
            let previous = timeline[n - 1], m = timeline[n]
            if !(previous.date < m.date) {
                out.append(.error(m.dateLocation ?? m.location,
                                  "timeline entry \(n + 1) (\(m.date)) is not after entry \(n) (\(previous.date)): dates in a timeline move strictly forward, oldest first"))
            }
            if m.status.rank < previous.status.rank, (m.note ?? "").isEmpty {
                out.append(.error(m.statusLocation ?? m.location,
                                  "timeline entry \(n + 1) goes back from '\(previous.status.rawValue)' to '\(m.status.rawValue)': a step back needs a 'note' that says why"))
            }
        }
        return out
    }
}
