import OKMModel

/// Stable identifiers of decisions: `<region>-<number>-<year>-<agenda item>-<ordinal>`, e.g.
/// `ruse-2-2014-1-1` for the first decision under item 1 of protocol № 2 of 2014 of the Ruse
/// mechanism. Only the protocol's own fields go into it, and the ordinal counts within the
/// agenda item, so other records (and decisions under other items) never change it.
public enum DecisionIDs {
    /// One identifier per decision of the protocol, in the order of `decisions`.
    public static func ids(for p: ProtocolRecord) -> [String] {
        let base = prefix(of: p)
        return zip(p.decisions, numbersInItems(for: p)).map { d, n in "\(base)-\(d.agendaItem ?? 0)-\(n)" }
    }

    /// Each decision's number within its agenda item (1, 2, … per item; the id's last part),
    /// in the order of `decisions`: "Решение 2 по т. 1".
    public static func numbersInItems(for p: ProtocolRecord) -> [Int] {
        var seen: [Int: Int] = [:]
        return p.decisions.map { d in
            let item = d.agendaItem ?? 0
            seen[item, default: 0] += 1
            return seen[item]!
        }
    }

    /// `ruse-2-2014`: the region, the number as written (made a slug), the year unless the
    /// number ends with it; the date (`ruse-2014-11-25`) when the protocol has no number.
    static func prefix(of p: ProtocolRecord) -> String {
        let region = p.header.region?.slug ?? "okm"
        let year = p.header.archiveDate?.knownYear.map { String($0) }
        let number = Slug.make(p.number ?? "")
        if number.isEmpty { return "\(region)-\(p.header.date?.iso ?? p.header.id.slug)" }
        guard let year, number != year, !number.hasSuffix("-" + year) else { return "\(region)-\(number)" }
        return "\(region)-\(number)-\(year)"
    }

    /// The anchor of a decision on its protocol's page and in every link to it.
    public static func anchor(_ id: String) -> String { "decision-\(id)" }
}

/// A decision with what the pages that follow it need: its identifier, its meeting, whom it
/// binds, and the record that closed it.
public struct TrackedDecision: Sendable, Hashable {
    public var id: String
    public var protocolID: DocumentID
    public var region: DocumentID?
    /// The day of the meeting that took it.
    public var date: Day?
    public var decision: Decision
    public var responsible: [DocumentID]
    public var closedBy: DocumentID?
    /// The date of the record that closed it, when that record has one.
    public var closedOn: Day?

    public var anchor: String { DecisionIDs.anchor(id) }
    public var isOpen: Bool { decision.status.isOpen }

    /// `Decision.isOverdue`, the one rule.
    public func isOverdue(today: Day?) -> Bool { decision.isOverdue(today: today) }
}

/// Every decision of every protocol, oldest meeting first, with the lookups the pages use.
public struct DecisionIndex: Sendable, Equatable {
    public private(set) var all: [TrackedDecision] = []
    /// Protocol → positions in `all` of its decisions.
    public var byProtocol: [DocumentID: [Int]] = [:]
    /// Any record → positions in `all` of the decisions it closes (`closed_by`).
    public var closing: [DocumentID: [Int]] = [:]
    /// Region → positions in `all` of its mechanism's decisions, oldest meeting first.
    public var byRegion: [DocumentID: [Int]] = [:]
    /// Organization or person → positions in `all` of the decisions it is responsible for.
    public var byResponsible: [DocumentID: [Int]] = [:]
    /// `Span`s of `all`, in the same order (both are filled only by `build`).
    private(set) var spans: [Span] = []

    public init() {}

    public func decisions(responsible id: DocumentID) -> [TrackedDecision] { (byResponsible[id] ?? []).map { all[$0] } }

    public func decisions(of id: DocumentID) -> [TrackedDecision] { (byProtocol[id] ?? []).map { all[$0] } }

    public func closed(by id: DocumentID) -> [TrackedDecision] { (closing[id] ?? []).map { all[$0] } }

    /// Decisions of earlier meetings of the same mechanism that were still open when the
    /// protocol `id` met (open or in progress now, or closed by a record of that day or later):
    /// how many, and the first `limit` of them (the oldest). A protocol's page shows a few:
    /// copying every one of them for every later protocol of the mechanism made the build grow
    /// with the square of the archive. `date` is the day protocol `id` met.
    public func outstanding(at id: DocumentID, region: DocumentID?, date: Day?, first limit: Int = .max) -> (count: Int, first: [TrackedDecision]) {
        guard let region, let date else { return (0, []) }
        let day = date.key
        var count = 0
        var first: [TrackedDecision] = []
        for i in byRegion[region] ?? [] {
            let span = spans[i]
            if span.taken == Span.undated { continue }
            if span.taken >= day { break }  // oldest meeting first: the rest are later (protocol `id` too)
            // Open now, or closed on that day or later: a decision `id` closes has its day.
            guard span.until >= day else { continue }
            count += 1
            if first.count < limit { first.append(all[i]) }
        }
        return (count, first)
    }

    /// A decision's days as numbers (`Day.key`), side by side with `all`, for the scan above.
    struct Span: Sendable, Equatable {
        static let undated = Int.min
        /// The day of its meeting (`undated` when the protocol has no date).
        var taken: Int
        /// The last day it was outstanding: open ones forever, closed ones until the day of
        /// the record that closed them (never, when that has no day).
        var until: Int

        init(_ t: TrackedDecision) {
            taken = t.date?.key ?? Span.undated
            until = t.isOpen ? Int.max : (t.closedOn?.key ?? Int.min)
        }
    }

    static func build(_ c: Content, resolve: (Reference) -> DocumentID?, dateOf: (DocumentID) -> Day?) -> (DecisionIndex, [Diagnostic]) {
        var index = DecisionIndex()
        var diagnostics: [Diagnostic] = []
        var firstWith: [String: (DocumentID, Int, String?)] = [:]
        let ordered = Linker.oldestFirst(c.protocols)
        for p in ordered {
            let ids = DecisionIDs.ids(for: p)
            let number = p.number?.trimmingCharacters(in: .whitespaces)
            for (d, id) in zip(p.decisions, ids) {
                if let (other, ordinal, otherNumber) = firstWith[id] {
                    // Two protocols with one number: ProtocolNumbers says so once, at the number.
                    if number == nil || number != otherNumber {
                        diagnostics.append(.error(3060, d.location, ["ordinal": "\(d.ordinal)", "id": "\(id)", "other": "\(ordinal)", "protocol": "\(other)"]))
                    }
                    continue
                }
                firstWith[id] = (p.header.id, d.ordinal, number)
                let closer = d.closedBy.flatMap(resolve)
                if let closer, let on = dateOf(closer), let taken = p.header.date, on < taken {
                    diagnostics.append(.error(3061, d.closedBy?.location ?? d.location, ["ordinal": "\(d.ordinal)", "closer": "\(closer)", "on": "\(on)", "taken": "\(taken)"]))
                }
                let t = TrackedDecision(id: id, protocolID: p.header.id, region: p.header.region.flatMap(resolve),
                                        date: p.header.date, decision: d, responsible: d.responsible.compactMap(resolve),
                                        closedBy: closer, closedOn: closer.flatMap(dateOf))
                index.byProtocol[p.header.id, default: []].append(index.all.count)
                if let region = t.region { index.byRegion[region, default: []].append(index.all.count) }
                for body in Set(t.responsible) { index.byResponsible[body, default: []].append(index.all.count) }
                if let closer { index.closing[closer, default: []].append(index.all.count) }
                index.all.append(t)
                index.spans.append(Span(t))
            }
        }
        return (index, diagnostics)
    }
}
