import Foundation
import Testing
@testable import OKMLink
@testable import OKMModel

/// Issue 19, item 1: what a due date and a post's `from`/`to` without an exact day mean — no
/// day is made up: a due date is overdue once its latest possible day is past, and a post
/// counts for a meeting that can fall within it.
@Suite struct ArchiveDateFieldsTests {
    static func date(_ s: String) -> ArchiveDate { try! ArchiveDate.parse(s).get() }

    @Test func anInexactDueDateIsOverdueOnlyPastItsLatestDay() throws {
        let c = LinkTestContent(["protocols/2014/ruse-2014-11-25.md": """
        ---
        region: ruse
        date: 2014-11-25
        decisions:
          - { text: A, due: 2014 }
          - { text: B, due: 2015~ }
          - { text: C, due: 2015/.. }
          - { text: D, due: ../2014-12 }
          - { text: E, due: 2015-03-31 }
          - { text: F, due: 2014, status: done }
        ---
        """])
        let (loaded, site, problems) = c.link()
        #expect((loaded.diagnostics + problems).isEmpty, "\(loaded.diagnostics + problems)")
        let today = Day(iso: "2015-06-01")
        let overdue = Dictionary(uniqueKeysWithValues: site.decisions.all.map { ($0.decision.text, $0.isOverdue(today: today)) })
        // A past year, and an interval that ended, are past; this year and an open end are not.
        #expect(overdue == ["A": true, "B": false, "C": false, "D": true, "E": true, "F": false])
        // On the year's last day 2015 is not yet past; the next day it is.
        let b = try #require(site.decisions.all.first { $0.decision.text == "B" })
        #expect(!b.isOverdue(today: Day(iso: "2015-12-31")))
        #expect(b.isOverdue(today: Day(iso: "2016-01-01")))
    }

    @Test func aPostCountsForAMeetingThatCanFallWithinIt() {
        func post(_ from: String?, _ to: String?) -> Post {
            Post(title: "t", organization: nil, from: from.map(Self.date), to: to.map(Self.date))
        }
        // `from: 2013` may have begun on 2013-01-01; `to: 2016` may have ended on 2016-12-31.
        #expect(post("2013", "2016").canBeHeld(from: Day(iso: "2013-02-01"), to: Day(iso: "2013-02-01")))
        #expect(post("2013", "2016").canBeHeld(from: Day(iso: "2016-12-15"), to: Day(iso: "2016-12-15")))
        #expect(!post("2013", "2016").canBeHeld(from: Day(iso: "2012-12-31"), to: Day(iso: "2012-12-31")))
        #expect(!post("2013", "2016").canBeHeld(from: Day(iso: "2017-01-01"), to: Day(iso: "2017-01-01")))
        // Approximate or open: `2013~` is still 2013; `2015/..` as `to` never ends; `../2012` as `from` always began.
        #expect(post("2013~", nil).canBeHeld(from: Day(iso: "2013-06-01"), to: Day(iso: "2013-06-01")))
        #expect(post("2013-06", "2015/..").canBeHeld(from: Day(iso: "2030-01-01"), to: Day(iso: "2030-01-01")))
        #expect(post("../2012", "2012-05").canBeHeld(from: Day(iso: "1990-01-01"), to: Day(iso: "1990-01-01")))
        #expect(!post("../2012", "2012-05").canBeHeld(from: Day(iso: "2012-06-01"), to: Day(iso: "2012-06-01")))
        // A meeting known only to a year counts for a post it can overlap.
        #expect(post("2014-11-01", nil).canBeHeld(from: Day(iso: "2014-01-01"), to: Day(iso: "2014-12-31")))
        #expect(!post(nil, "2013-12-31").canBeHeld(from: Day(iso: "2014-01-01"), to: Day(iso: "2014-12-31")))
    }
}
