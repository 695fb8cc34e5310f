import Foundation
import Testing
@testable import OKMLink
@testable import OKMLoad
@testable import OKMModel

/// The timeline rules: dates strictly forward, no step back in status without a note,
/// children never negative, every source a published record.
@Suite struct TimelineChecksTests {
    static func institution(_ timeline: String) -> [String: String] {
        ["institutions/i.md": "---\nname: Дом за деца „Проба“\nkind: ddlrg\ntimeline:\n\(timeline)---\n",
         "protocols/2014/p.md": "---\nregion: ruse\ndate: 2014-11-25\n---\n"]
    }

    static func problems(_ timeline: String) -> [String] {
        let c = LinkTestContent(institution(timeline))
        let (loaded, _, diagnostics) = c.link()
        return c.lines(loaded.diagnostics + diagnostics, for: "institutions/i.md")
    }

    @Test func aTimelineInOrderPasses() {
        #expect(Self.problems("""
              - { date: 2012-01-01, status: operating, children: 30 }
              - { date: 2014-11-25, status: closure-planned, source: protocols/p }
              - { date: 2015-04-01, status: no-children, children: 0 }
              - { date: 2015-06-01, status: liquidation }
              - { date: 2015-12-31, status: closed }
              - { date: 2016-03-01, status: restructured }

            """) == [])
    }

    @Test func statusesMaySkipStepsAndRepeat() {
        #expect(Self.problems("""
              - { date: 2014-11-25, status: closure-planned }
              - { date: 2015-04-01, status: closure-planned }
              - { date: 2015-12-31, status: closed }

            """) == [])
    }

    @Test func aDateThatIsNotAfterThePreviousOneIsReportedAtTheDate() {
        #expect(Self.problems("""
              - { date: 2015-04-01, status: operating }
              - { date: 2014-11-25, status: closure-planned }
              - { date: 2014-11-25, status: no-children }

            """) == [
            "6:13: timeline entry 2 (2014-11-25) is not after entry 1 (2015-04-01): dates in a timeline move strictly forward, oldest first",
            "7:13: timeline entry 3 (2014-11-25) is not after entry 2 (2014-11-25): dates in a timeline move strictly forward, oldest first",
        ])
    }

    @Test func aStepBackNeedsANote() {
        #expect(Self.problems("""
              - { date: 2014-11-25, status: no-children }
              - { date: 2015-01-01, status: closure-planned }
              - { date: 2015-02-01, status: closed }
              - { date: 2015-03-01, status: operating, note: отново отворен }
              - { date: 2015-04-01, status: closed }
              - { date: 2015-05-01, status: restructured }

            """) == [
            "6:33: timeline entry 2 goes back from 'no-children' to 'closure-planned': a step back needs a 'note' that says why",
        ])
    }

    @Test func anEmptyNoteIsNoNote() {
        let direct = TimelineChecks.check([
            Milestone(date: Day(iso: "2015-01-01")!, status: .closed, location: SourceLocation(path: "x", line: 1, column: 1)),
            { var m = Milestone(date: Day(iso: "2015-02-01")!, status: .operating, location: SourceLocation(path: "x", line: 2, column: 1)); m.note = ""; return m }(),
        ])
        #expect(direct.map(\.location.line) == [2])
    }

    @Test func childrenAreNeverNegative() {
        #expect(Self.problems("  - { date: 2014-11-25, status: operating, children: -3 }\n")
            == ["5:54: 'children' must be at least 0, found -3"])
    }

    @Test func aSourceMustNameAPublishedRecord() {
        #expect(Self.problems("""
              - { date: 2014-11-25, status: closure-planned, source: protocols/q }
              - { date: 2015-04-01, status: closed, source: news/zakrit }

            """) == [
            "5:58: unknown protocol 'q' (did you mean 'p'?)",
            "6:49: unknown news 'zakrit': there is no news/ record yet",
        ])
    }
}
