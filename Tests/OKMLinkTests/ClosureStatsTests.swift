import Testing
@testable import OKMLink
@testable import OKMModel

/// The figures of the closure pages: statuses and children on a date, counts and sums.
@Suite struct ClosureStatsTests {
    static let at = SourceLocation(path: "x.md", line: 1, column: 1)

    static func day(_ s: String) -> Day { Day(iso: s)! }

    static func institution(_ slug: String, _ steps: [(String, ClosureStatus, Int?)]) -> Institution {
        var i = Institution(header: Header(id: DocumentID(.institutions, slug), path: "x.md"), names: Names(name: slug), kind: .ddlrg)
        i.timeline = steps.map { d, s, c in
            var m = Milestone(date: day(d), status: s, location: at)
            m.children = c
            return m
        }
        return i
    }

    /// A: 30 children, planned, no children, closed. B: 12, planned, then 8. C: no timeline.
    static let a = institution("a", [("2012-01-01", .operating, 30), ("2014-11-25", .closurePlanned, nil),
                                     ("2015-04-01", .noChildren, nil), ("2015-12-31", .closed, nil)])
    static let b = institution("b", [("2013-06-01", .operating, 12), ("2015-04-01", .closurePlanned, 8)])
    static let c = institution("c", [])

    /// `restructured` (docs/closures.md): a closing state like `closed` — counted among
    /// "closed or restructured", never as operating, and with no children when the step
    /// states none. Fails if the rule counts it as operating or leaves it out of the closed.
    @Test func restructuredCountsAsClosedNeverAsOperating() {
        let r = Self.institution("r", [("2012-01-01", .operating, 20), ("2016-05-01", .restructured, nil)])
        let open = Self.institution("o", [("2012-01-01", .operating, 10)])
        let day = Self.day("2017-01-01")
        let counts = ClosureStats.counts([r, open, Self.a], on: day)
        #expect(counts[.restructured] == 1)
        #expect(counts[.operating] == 1)
        #expect(ClosureStats.closing(counts) == 2)  // a (closed) and r (restructured)
        #expect(ClosureStats.closing(ClosureStats.currentCounts([r, open])) == 1)
        #expect(ClosureStats.children(of: r, on: day) == 0)
        #expect(ClosureStats.children(of: r, on: Self.day("2016-04-30")) == 20)
    }

    @Test func statusOnADateIsTheLastEntryUpToIt() {
        // Before the first entry no source states a status.
        #expect(ClosureStats.status(of: Self.a, on: Self.day("2011-12-31")) == .unknown)
        #expect(ClosureStats.status(of: Self.a, on: Self.day("2014-11-24")) == .operating)
        #expect(ClosureStats.status(of: Self.a, on: Self.day("2014-11-25")) == .closurePlanned)
        #expect(ClosureStats.status(of: Self.a, on: Self.day("2015-12-30")) == .noChildren)
        #expect(ClosureStats.status(of: Self.a, on: Self.day("2020-01-01")) == .closed)
        // No timeline: no source states a status, on any day (not "operating").
        #expect(ClosureStats.status(of: Self.c, on: Self.day("2015-01-01")) == .unknown)
        #expect(Self.c.currentStatus == .unknown)
    }

    @Test func countsPerStatusOnADateCoverEveryStatus() {
        let counts = ClosureStats.counts([Self.a, Self.b, Self.c], on: Self.day("2015-06-30"))
        #expect(counts == [.operating: 0, .closurePlanned: 1, .noChildren: 1, .liquidation: 0, .closed: 0, .restructured: 0, .unknown: 1])
        let end = ClosureStats.counts([Self.a, Self.b, Self.c], on: Self.day("2015-12-31"))
        #expect(end[.closed] == 1 && end[.operating] == 0 && end[.closurePlanned] == 1 && end[.unknown] == 1)
        #expect(ClosureStats.counts([Self.a, Self.b, Self.c], on: Self.day("2015-12-31")).values.reduce(0, +) == 3)
        #expect(ClosureStats.currentCounts([Self.a, Self.b, Self.c]) == end)
    }

    @Test func childrenAreTheLastStatedNumberAndZeroFromNoChildrenOn() {
        #expect(ClosureStats.children(of: Self.a, on: Self.day("2011-12-31")) == nil)
        #expect(ClosureStats.children(of: Self.a, on: Self.day("2014-12-31")) == 30)
        #expect(ClosureStats.children(of: Self.a, on: Self.day("2015-04-01")) == 0)
        #expect(ClosureStats.children(of: Self.b, on: Self.day("2015-04-01")) == 8)
        #expect(ClosureStats.children(of: Self.c, on: Self.day("2015-04-01")) == nil)
    }

    @Test func childrenSumsSayHowManyAreUnknown() {
        let all = [Self.a, Self.b, Self.c]
        #expect(ClosureStats.children(all, on: Self.day("2012-12-31")) == .init(total: 30, known: 1, unknown: 2))
        #expect(ClosureStats.children(all, on: Self.day("2014-12-31")) == .init(total: 42, known: 2, unknown: 1))
        #expect(ClosureStats.children(all, on: Self.day("2015-12-31")) == .init(total: 8, known: 2, unknown: 1))
        #expect(ClosureStats.startingChildren(of: Self.b).map { [$0.date?.iso ?? "", String($0.children)] } == ["2013-06-01", "12"])
        #expect(ClosureStats.currentChildren(of: Self.a) == 0)
        #expect(ClosureStats.currentChildren(of: Self.b) == 8)
        #expect(ClosureStats.currentChildren(of: Self.c) == nil)
    }

    @Test func yearEndsSpanTheTimelines() {
        #expect(ClosureStats.yearEnds([Self.a, Self.b, Self.c]).map(\.iso) == ["2012-12-31", "2013-12-31", "2014-12-31", "2015-12-31"])
        #expect(ClosureStats.yearEnds([Self.c]).isEmpty)
        #expect(ClosureStats.lastDate([Self.a, Self.b, Self.c])?.iso == "2015-12-31")
    }

    @Test func servicesOpenedPerYearFillTheGaps() {
        func service(_ slug: String, _ opened: String?, _ capacity: Int?) -> Service {
            var s = Service(header: Header(id: DocumentID(.services, slug), path: "s.md"), names: Names(name: slug), kind: .other)
            s.opened = opened.map(Self.day).map(ArchiveDate.init(day:))
            s.capacity = capacity
            return s
        }
        let years = ClosureStats.servicesOpenedPerYear([
            service("x", "2013-05-01", 14), service("y", "2015-12-01", 12), service("z", "2015-01-10", nil), service("w", nil, 40),
        ])
        #expect(years == [.init(year: 2013, services: 1, capacity: 14), .init(year: 2014, services: 0, capacity: 0),
                          .init(year: 2015, services: 2, capacity: 12)])
        #expect(ClosureStats.servicesOpenedPerYear([]).isEmpty)
    }
}
