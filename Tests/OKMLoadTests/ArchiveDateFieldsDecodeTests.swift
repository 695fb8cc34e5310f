import Foundation
import Testing
@testable import OKMLoad
@testable import OKMModel

/// Issue 19, item 1: every date field of a record takes an archive date (EDTF level 1), not
/// only `date`, `event_date` and a step's `date`; an impossible one is an error at its line.
@Suite struct ArchiveDateFieldsDecodeTests {
    struct Case: CustomStringConvertible, Sendable {
        var field: String
        var path: String
        /// The file, with VALUE where the date is written.
        var file: String
        var read: @Sendable (LoadResult) -> ArchiveDate?
        var description: String { field }
    }

    static let cases: [Case] = [
        Case(field: "approved_on", path: "protocols/2015/p.md",
             file: "---\nregion: ruse\ndate: 2015-01-01\napproved_on: VALUE\n---\n", read: { $0.content.protocols.first?.approvedOn }),
        Case(field: "next_meeting", path: "protocols/2015/p.md",
             file: "---\nregion: ruse\ndate: 2015-01-01\nnext_meeting: VALUE\n---\n", read: { $0.content.protocols.first?.nextMeeting }),
        Case(field: "due", path: "protocols/2015/p.md",
             file: "---\nregion: ruse\ndate: 2015-01-01\ndecisions:\n  - text: T\n    due: VALUE\n---\n", read: { $0.content.protocols.first?.decisions.first?.due }),
        Case(field: "from", path: "people/p.md",
             file: "---\nname: P\nposts:\n  - title: t\n    from: VALUE\n---\n", read: { $0.content.people.first?.posts.first?.from }),
        Case(field: "to", path: "people/p.md",
             file: "---\nname: P\nposts:\n  - title: t\n    to: VALUE\n---\n", read: { $0.content.people.first?.posts.first?.to }),
        Case(field: "opened", path: "services/s.md",
             file: "---\nname: S\nopened: VALUE\n---\n", read: { $0.content.services.first?.opened }),
        Case(field: "start", path: "projects/p.md",
             file: "---\nname: P\nstart: VALUE\n---\n", read: { $0.content.projects.first?.start }),
        Case(field: "end", path: "projects/p.md",
             file: "---\nname: P\nend: VALUE\n---\n", read: { $0.content.projects.first?.end }),
        Case(field: "established", path: "regions/r.md",
             file: "---\nname: R\nmechanism:\n  established: VALUE\n---\n", read: { $0.content.regions.first?.mechanism?.established }),
        Case(field: "accessed", path: "news/2015/n.md",
             file: "---\ntitle: N\ndate: 2015-01-01\nsource: { title: T, accessed: VALUE }\n---\n",
             read: { $0.content.news.first?.header.sources.first?.document?.accessed }),
    ]

    @Test(arguments: cases) func anInexactValueIsReadAsWritten(_ c: Case) throws {
        for value in ["2015~", "2015-09", "2016/..", "201X"] {
            let content = TempContent([c.path: c.file.replacingOccurrences(of: "VALUE", with: value)])
            let r = content.load()
            #expect(content.diagnostics(r, for: c.path).isEmpty, "\(c.field) \(value): \(r.diagnostics)")
            #expect(c.read(r)?.text == value, "\(c.field) \(value)")
        }
        // An exact day is the day, as before.
        let content = TempContent([c.path: c.file.replacingOccurrences(of: "VALUE", with: "2015-02-17")])
        #expect(c.read(content.load())?.exactDay == Day(iso: "2015-02-17"), "\(c.field)")
    }

    @Test(arguments: cases) func anImpossibleValueIsAnErrorAtItsLine(_ c: Case) throws {
        let content = TempContent([c.path: c.file.replacingOccurrences(of: "VALUE", with: "2015-02-30")])
        let lines = c.file.components(separatedBy: "\n")
        let line = try #require(lines.firstIndex { $0.contains("VALUE") })
        let column = lines[line].distance(from: lines[line].startIndex, to: lines[line].range(of: "VALUE")!.lowerBound)
        #expect(content.diagnostics(content.load(), for: c.path) == ["\(line + 1):\(column + 1): '\(c.field)': 2015-02-30 is not a date in the calendar"])
    }

    @Test func aProjectEndsNoEarlierThanItCanStart() {
        // 2016 may end on 2016-12-31, after a start in 2016-06: no error; 2015 cannot.
        let ok = TempContent(["projects/p.md": "---\nname: P\nstart: 2016-06\nend: 2016\n---\n"])
        #expect(ok.diagnostics(ok.load(), for: "projects/p.md").isEmpty)
        let bad = TempContent(["projects/p.md": "---\nname: P\nstart: 2016-06\nend: 2015~\n---\n"])
        #expect(bad.diagnostics(bad.load(), for: "projects/p.md") == ["4:6: 'end' (2015~) is before 'start' (2016-06)"])
    }
}
