import OKMModel

/// Figures of the closure pages and their charts, as pure functions of the timelines.
///
/// - An institution's status on a day is the status of its last timeline entry on or
///   before that day. Before its first entry on a day — and on every day when it has no
///   timeline, or only steps no date places — no source states a status: it is `unknown`
///   ("няма данни"), counted apart, never as operating.
/// - Its children on a day are the `children` of the last entry on or before that day that
///   states them; an entry with status no-children or later that states none means 0.
///   Before any such entry the number is unknown (nil), and sums say how many are unknown.
/// - An undated step counts on its source's date (`Milestone.placed`); an undated step whose
///   source has no date counts only "now" (the current status and children, which follow the
///   timeline as written) and is left out of every figure on a day (`unplaced` counts them).
public enum ClosureStats {
    public static func status(of i: Institution, on day: Day) -> ClosureStatus {
        i.timeline.last { $0.placed.map { $0 <= day } ?? false }?.status ?? .unknown
    }

    public static func children(of i: Institution, on day: Day) -> Int? {
        children(i.timeline.filter { $0.placed.map { $0 <= day } ?? false })
    }

    static func children(_ steps: [Milestone]) -> Int? {
        var value: Int?
        for m in steps {
            if let c = m.children { value = c } else if m.status.rank >= ClosureStatus.noChildren.rank { value = 0 }
        }
        return value
    }

    /// The steps that figures over time leave out: undated, and their source has no date either.
    public static func unplaced(_ institutions: [Institution]) -> Int {
        institutions.reduce(0) { $0 + $1.timeline.filter { $0.placed == nil }.count }
    }

    /// How many institutions are in each status on the day; every status is a key.
    public static func counts(_ institutions: [Institution], on day: Day) -> [ClosureStatus: Int] {
        tally(institutions.map { status(of: $0, on: day) })
    }

    /// How many institutions are in each status now (the last entry as written).
    public static func currentCounts(_ institutions: [Institution]) -> [ClosureStatus: Int] {
        tally(institutions.map(\.currentStatus))
    }

    /// How many of `counts` are closed or restructured ("закрити или преобразувани"):
    /// a restructured institution has left the system as a closed one has (docs/closures.md).
    public static func closing(_ counts: [ClosureStatus: Int]) -> Int {
        counts.reduce(0) { $0 + ($1.key.isClosing ? $1.value : 0) }
    }

    static func tally(_ statuses: [ClosureStatus]) -> [ClosureStatus: Int] {
        var out = Dictionary(uniqueKeysWithValues: ClosureStatus.allCases.map { ($0, 0) })
        for s in statuses { out[s, default: 0] += 1 }
        return out
    }

    public struct ChildrenTotal: Sendable, Hashable {
        /// The sum of the known numbers.
        public var total: Int
        /// Institutions whose number is known, and those whose number is not.
        public var known: Int
        public var unknown: Int
    }

    public static func children(_ institutions: [Institution], on day: Day) -> ChildrenTotal {
        var t = ChildrenTotal(total: 0, known: 0, unknown: 0)
        for i in institutions {
            if let c = children(of: i, on: day) { t.total += c; t.known += 1 } else { t.unknown += 1 }
        }
        return t
    }

    /// The first number of children the timeline states, with its date (nil when the step and
    /// its source are undated).
    public static func startingChildren(of i: Institution) -> (date: Day?, children: Int)? {
        i.timeline.first { $0.children != nil }.map { ($0.placed, $0.children!) }
    }

    /// The number of children after the last entry, the timeline read as written.
    public static func currentChildren(of i: Institution) -> Int? {
        children(i.timeline)
    }

    /// The newest timeline date (own or placed) of any of the institutions.
    public static func lastDate(_ institutions: [Institution]) -> Day? {
        institutions.flatMap { $0.timeline.compactMap(\.placed) }.max()
    }

    /// 31 December of every year from the first placed timeline entry's year to the last one's.
    public static func yearEnds(_ institutions: [Institution]) -> [Day] {
        let years = institutions.flatMap { $0.timeline.compactMap(\.placed?.year) }
        guard let first = years.min(), let last = years.max() else { return [] }
        return (first...last).compactMap { Day(year: $0, month: 12, day: 31) }
    }

    public struct YearCount: Sendable, Hashable {
        public var year: Int
        public var services: Int
        /// The sum of the capacities the services state.
        public var capacity: Int
    }

    /// Services by the year of `opened`, every year from the first to the last (0 between). A
    /// service whose `opened` does not fix a year (`201X`, `2015/2016`, `2015/..`) is left out.
    public static func servicesOpenedPerYear(_ services: [Service]) -> [YearCount] {
        var byYear: [Int: YearCount] = [:]
        for s in services {
            guard let y = s.opened?.knownYear else { continue }
            byYear[y, default: YearCount(year: y, services: 0, capacity: 0)].services += 1
            byYear[y]!.capacity += s.capacity ?? 0
        }
        guard let first = byYear.keys.min(), let last = byYear.keys.max() else { return [] }
        return (first...last).map { byYear[$0] ?? YearCount(year: $0, services: 0, capacity: 0) }
    }
}
