import OKMModel

/// The rules of an institution's `timeline`, checked entry by entry against the one before:
///
/// - dates move strictly forward (oldest first, one entry per date);
/// - an undated step (one that names only its `source`) is placed at its source's date when
///   the source has one: it must not come before the dated steps above it, and the next step
///   must not come before it (an equal day is allowed, as the source reports the state on its
///   day); an undated step whose source has no date is not compared by date at all — its
///   place in the list, as written, is its order;
/// - the status never steps back (operating → closure-planned → no-children → liquidation →
///   closed / restructured) unless the entry has a `note` that says why.
///
/// Two more rules are checked elsewhere: `children` is never negative (the loader reads it
/// as a number of at least 0) and `source` must name a published record (the reference pass);
/// a step without `date` and without `source` is an error of the loader.
enum TimelineChecks {
    static func check(_ institutions: [Institution]) -> [Diagnostic] {
        institutions.flatMap { check($0.timeline) }
    }

    static func check(_ timeline: [Milestone]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        // The last step placed on a day, with its number and whether it was dated.
        var last: (n: Int, day: Day, dated: Bool)?
        for n in timeline.indices {
            let m = timeline[n]
            if let day = m.placed {
                if let p = last {
                    let inOrder = (p.dated && m.date != nil) ? p.day < day : p.day <= day
                    if !inOrder {
                        out.append(.error(3050, m.dateLocation ?? m.location,
                                          ["n": "\(n + 1)", "this": describe(m), "previous": "\(p.n + 1)", "that": describe(timeline[p.n])]))
                    }
                }
                last = (n, day, m.date != nil)
            }
            if n > 0 {
                let previous = timeline[n - 1]
                if m.status.rank < previous.status.rank, (m.note ?? "").isEmpty {
                    out.append(.error(3051, m.statusLocation ?? m.location,
                                      ["n": "\(n + 1)", "from": "\(previous.status.rawValue)", "to": "\(m.status.rawValue)"]))
                }
            }
        }
        return out
    }

    static func describe(_ m: Milestone) -> MessageArgument {
        if let d = m.archiveDate { return "\(d)" }
        return m.sourceDate.map { .phrase("timeline.undatedSource", ["date": "\($0)"]) } ?? .phrase("timeline.undated")
    }
}
