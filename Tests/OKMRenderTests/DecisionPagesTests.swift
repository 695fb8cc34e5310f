import Foundation
import Testing
@testable import OKMRender
import OKMLink
import OKMLoad
import OKMModel

/// Decisions across meetings: anchors, the /decisions/ pages and their filters, open
/// commitments on a later protocol, closing records, responsibilities, overdue marks.
@Suite struct DecisionPagesTests {
    static let files: [String: String] = [
        "site.yml": "title: Тест\nbase_url: /\nlanguage: bg\n",
        "regions/ruse.md": "---\nname: Област Русе\nshort: Русе\n---\n",
        "regions/kardzhali.md": "---\nname: Област Кърджали\n---\n",
        "organizations/rdsp-ruse.md": "---\nname: РДСП Русе\n---\n",
        "organizations/oa-kardzhali.md": "---\nname: Областна администрация – Кърджали\n---\n",
        "protocols/2014/ruse-2014-11-25.md": """
            ---
            region: ruse
            number: "2"
            date: 2014-11-25
            decisions:
              - { text: Запитване до МЗ, responsible: [rdsp-ruse], due: 2015-01-31, status: done, closed_by: protocols/ruse-2015-02-17 }
              - { text: Информация за потребностите, responsible: [rdsp-ruse], due: 2015-03-31 }
              - { text: Отпаднало, status: dropped }
            ---

            """,
        "protocols/2015/ruse-2015-02-17.md": "---\nregion: ruse\nnumber: \"3\"\ndate: 2015-02-17\n---\n",
        "protocols/2015/kardzhali-2015-09-10.md": """
            ---
            region: kardzhali
            number: "4"
            date: 2015-09-10
            decisions:
              - { text: Кръгла маса, responsible: [oa-kardzhali], status: in-progress }
            ---

            """,
    ]

    static func context(today: Day?, adding extra: [String: String] = [:]) throws -> RenderContext {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("okm-decisions-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        for (path, text) in files.merging(extra, uniquingKeysWith: { $1 }) {
            let full = root + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: true, encoding: .utf8)
        }
        let loaded = Loader.load(contentDirectory: root)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        let (site, d) = Linker.link(loaded.content)
        #expect(d.isEmpty, "\(d)")
        let (theme, _) = Theme.load(directory: ViewModelTests.repo + "/templates")
        return RenderContext(site: site, theme: try #require(theme), language: "bg", today: today)
    }

    static func protocolRecord(_ ctx: RenderContext, _ slug: String) throws -> ProtocolRecord {
        try #require(ctx.site.content.protocols.first { $0.header.id.slug == slug })
    }

    /// A protocol links the meetings of its mechanism just before and after it, never another's.
    @Test func aProtocolLinksThePreviousAndNextMeetingOfItsMechanism() throws {
        let ctx = try Self.context(today: nil, adding: ["protocols/2015/ruse-2015-05-20.md": "---\nregion: ruse\nnumber: \"4\"\ndate: 2015-05-20\n---\n"])
        func neighbours(_ slug: String) throws -> [String?] {
            let meeting = ctx.view(try Self.protocolRecord(ctx, slug)).meeting
            return [meeting?.previous?.url?.string, meeting?.next?.url?.string]
        }
        #expect(try neighbours("ruse-2014-11-25") == [nil, "/protocols/2015/ruse-2015-02-17/"])
        #expect(try neighbours("ruse-2015-02-17") == ["/protocols/2014/ruse-2014-11-25/", "/protocols/2015/ruse-2015-05-20/"])
        #expect(try neighbours("ruse-2015-05-20") == ["/protocols/2015/ruse-2015-02-17/", nil])
        #expect(try neighbours("kardzhali-2015-09-10") == [nil, nil])
    }

    @Test func aProtocolShowsItsDecisionsWithStableAnchorsAndOverdueMarks() throws {
        let ctx = try Self.context(today: Day(iso: "2015-04-01"))
        let v = ctx.view(try Self.protocolRecord(ctx, "ruse-2014-11-25"))
        let decisions = try #require(v.meeting?.decisions)
        #expect(decisions.map(\.id) == ["ruse-2-2014-0-1", "ruse-2-2014-0-2", "ruse-2-2014-0-3"])
        #expect(decisions.map(\.anchor) == ["decision-ruse-2-2014-0-1", "decision-ruse-2-2014-0-2", "decision-ruse-2-2014-0-3"])
        // Readers see names, not ids (these decisions are under no agenda item).
        #expect(decisions.map(\.label) == ["Решение 1", "Решение 2", "Решение 3"])
        #expect(decisions.map(\.overdue) == [false, true, false])
        #expect(decisions[0].closedBy?.url == "/protocols/2015/ruse-2015-02-17/")
        // Without a date nothing is marked, so recorded output does not depend on the day of the build.
        let undated = try Self.context(today: nil)
        #expect(undated.view(try Self.protocolRecord(undated, "ruse-2014-11-25")).meeting?.decisions.map(\.overdue) == [false, false, false])
    }

    @Test func aLaterProtocolShowsTheCommitmentsStillOpenAndTheOnesItCloses() throws {
        let ctx = try Self.context(today: nil)
        let later = ctx.view(try Self.protocolRecord(ctx, "ruse-2015-02-17"))
        let earlier = try #require(later.meeting?.earlier)
        #expect(earlier.rows.map(\.id) == ["ruse-2-2014-0-1", "ruse-2-2014-0-2"])
        #expect(earlier.rows[0].url == "/protocols/2014/ruse-2014-11-25/#decision-ruse-2-2014-0-1")
        #expect(earlier.rows.map(\.name) == ["Решение 1 от Протокол № 2/2014", "Решение 2 от Протокол № 2/2014"])
        #expect(later.roles.first?.items.first?.title.hasPrefix("Решение 1 от Протокол № 2/2014: ") == true)
        #expect(later.roles.first?.heading == "Закрива решения")
        #expect(later.roles.first?.items.map(\.url?.string) == ["/protocols/2014/ruse-2014-11-25/#decision-ruse-2-2014-0-1"])
        #expect(ctx.view(try Self.protocolRecord(ctx, "kardzhali-2015-09-10")).meeting?.earlier == nil)
    }

    /// A mechanism that leaves many decisions open: a later protocol lists the oldest 10 and
    /// links the region's decision page for the rest, so pages do not grow with the archive.
    @Test func aLaterProtocolListsAtMostTenEarlierOpenDecisions() throws {
        let many = (1...23).map { "  - { text: Задача \($0), responsible: [rdsp-ruse] }" }.joined(separator: "\n")
        let ctx = try Self.context(today: nil, adding: [
            "protocols/2015/ruse-2015-01-20.md": "---\nregion: ruse\nnumber: \"5\"\ndate: 2015-01-20\ndecisions:\n\(many)\n---\n",
        ])
        let later = ctx.view(try Self.protocolRecord(ctx, "ruse-2015-02-17"))
        let earlier = try #require(later.meeting?.earlier)
        #expect(earlier.count == 25)  // two of 2014, 23 of January 2015
        #expect(earlier.rows.count == 10)
        #expect(earlier.rows.prefix(3).map(\.id) == ["ruse-2-2014-0-1", "ruse-2-2014-0-2", "ruse-5-2015-0-1"])
        #expect(earlier.more?.url == "/regions/ruse/decisions/")
        #expect(earlier.more?.title == "Показани са най-старите 10 от 25. Всички решения на механизма")
        // Ten or fewer: all of them, no link.
        let few = try Self.context(today: nil)
        #expect(few.view(try Self.protocolRecord(few, "ruse-2015-02-17")).meeting?.earlier?.more == nil)
    }

    @Test func theDecisionPagesFilterByStatusRegionAndResponsibleBody() throws {
        let ctx = try Self.context(today: nil)
        let pages = ctx.decisionPages()
        #expect(pages.map(\.path) == [
            "/decisions/", "/decisions/open/", "/decisions/in-progress/", "/decisions/done/", "/decisions/dropped/",
            "/regions/kardzhali/decisions/", "/regions/ruse/decisions/",
            "/decisions/organizations/oa-kardzhali/", "/decisions/organizations/rdsp-ruse/", "/decisions/responsible/",
        ])
        let all = pages[0].view
        #expect(all.groups.map(\.key) == ["open", "in-progress", "done", "dropped"])
        #expect(all.groups.map(\.count) == [1, 1, 1, 1])
        #expect(all.lead == nil)
        #expect(all.filters.map(\.heading) == ["По статус", "По област", "По отговорна институция или лице"])
        #expect(all.filters[0].links.map(\.title) == ["Всички (4)", "Отворени (1)", "В изпълнение (1)", "Изпълнени (1)", "Отпаднали (1)"])
        #expect(all.filters[0].links.map(\.current) == [true, false, false, false, false])
        // The responsible bodies grow with the archive: every page links their index, not each of them.
        #expect(all.filters[2].links.map(\.title) == ["Всички отговорни институции и лица (2)"])
        #expect(all.filters[2].links.map(\.url) == ["/decisions/responsible/"])
        let ruse = pages[6].view
        #expect(ruse.groups.flatMap(\.rows).map(\.id) == ["ruse-2-2014-0-2", "ruse-2-2014-0-1", "ruse-2-2014-0-3"])
        #expect(!ruse.showRegion)
        let rdsp = pages[8].view
        #expect(rdsp.groups.flatMap(\.rows).map(\.id) == ["ruse-2-2014-0-2", "ruse-2-2014-0-1"])
        #expect(rdsp.filters[2].links.map(\.title) == ["Всички отговорни институции и лица (2)", "РДСП Русе (2)"])
        #expect(rdsp.filters[2].links.map(\.current) == [false, true])
        let index = pages[9].view
        #expect(index.groups.isEmpty && !index.isEmpty)
        #expect(index.filters[2].links.map(\.url) == ["/decisions/responsible/", "/decisions/organizations/oa-kardzhali/", "/decisions/organizations/rdsp-ruse/"])
        #expect(index.filters[2].links.map(\.current) == [true, false, false])
    }

    /// 230 decisions of one mechanism: lists of 100 rows a page, a pager of nearby pages, the
    /// tables of a status continuing from page to page with their whole count.
    @Test func longDecisionListsArePaginated() throws {
        let many = (1...230).map { "  - { text: Задача \($0), responsible: [rdsp-ruse]\($0 > 200 ? ", status: done" : "") }" }.joined(separator: "\n")
        let ctx = try Self.context(today: nil, adding: [
            "protocols/2015/ruse-2015-01-20.md": "---\nregion: ruse\nnumber: \"5\"\ndate: 2015-01-20\ndecisions:\n\(many)\n---\n",
        ])
        let pages = ctx.decisionPages()
        let ruse = pages.filter { $0.path.hasPrefix("/regions/ruse/decisions/") }
        #expect(ruse.map(\.path) == ["/regions/ruse/decisions/", "/regions/ruse/decisions/page/2/", "/regions/ruse/decisions/page/3/"])
        #expect(ruse.map { $0.view.groups.flatMap(\.rows).count } == [100, 100, 33])
        #expect(ruse[0].view.groups.map(\.key) == ["open"])
        #expect(ruse[2].view.groups.map(\.key) == ["open", "done", "dropped"])
        #expect(ruse[2].view.groups.map(\.count) == [201, 31, 1])  // whole counts: 200 + 1 of 2014 open; 30 + 1 done
        #expect(ruse[1].view.title == "Решения – Област Русе (2/3)")
        let pager = try #require(ruse[1].view.pager)
        #expect(pager.previous == "/regions/ruse/decisions/" && pager.next == "/regions/ruse/decisions/page/3/")
        #expect(pager.pages.map(\.current) == [false, true, false])
        // Every row is on exactly one page.
        let ids = ruse.flatMap { $0.view.groups.flatMap(\.rows).map(\.id) }
        #expect(ids.count == 233 && Set(ids).count == 233)
        // An organization's page lists the first 10 of its decisions and links the rest.
        let org = try #require(ctx.site.content.organizations.first { $0.header.id.slug == "rdsp-ruse" })
        let group = try #require(ctx.view(org).roles.first { $0.heading == "Отговорности по решения" })
        #expect(group.count == 232)
        #expect(group.items.count == 11)
        #expect(group.items.last?.url == "/decisions/organizations/rdsp-ruse/")
    }

    /// A list of many pages links the first, the last and the three on either side.
    @Test func aPagerShowsTheNearbyPages() throws {
        let ctx = try Self.context(today: nil)
        let pager = try #require(ctx.pager(page: 10, of: 40) { "/x/\($0)/" })
        #expect(pager.pages.map(\.title) == ["1", "7", "8", "9", "10", "11", "12", "13", "40"])
        #expect(pager.pages.filter(\.current).map(\.title) == ["10"])
        #expect(ctx.pager(page: 1, of: 1) { "/x/\($0)/" } == nil)
        #expect(try #require(ctx.pager(page: 1, of: 3) { "/x/\($0)/" }).pages.map(\.title) == ["1", "2", "3"])
    }

    @Test func anOrganizationPageListsWhatItIsResponsibleFor() throws {
        let ctx = try Self.context(today: Day(iso: "2016-01-01"))
        let org = try #require(ctx.site.content.organizations.first { $0.header.id.slug == "rdsp-ruse" })
        let group = try #require(ctx.view(org).roles.first { $0.heading == "Отговорности по решения" })
        #expect(group.count == 2)
        #expect(group.items.map(\.title) == ["Информация за потребностите", "Запитване до МЗ", "всички решения в таблица"])
        #expect(group.items[0].meta?.contains("отворено") == true)
        #expect(group.items[0].meta?.hasSuffix("просрочено") == true)
        #expect(group.items[2].url == "/decisions/organizations/rdsp-ruse/")
        // The region page links its closure page and its decisions.
        let region = try #require(ctx.site.content.regions.first { $0.header.id.slug == "ruse" })
        let links = ctx.view(region).roles.flatMap(\.items).compactMap(\.url?.string)
        #expect(links.contains("/regions/ruse/closures/") && links.contains("/regions/ruse/decisions/"))
    }
}
