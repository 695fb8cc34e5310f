import Foundation
import Testing
@testable import OKMRender
import OKMLink
import OKMLoad
import OKMModel

/// Templates render a missing key as empty, so the view models are what is checked here.
@Suite struct ViewModelTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    static func context(language: String = "bg") throws -> RenderContext {
        let loaded = Loader.load(contentDirectory: repo + "/Tests/Fixtures/sites/basic/content")
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        let (site, d) = Linker.link(loaded.content.filtered { !$0.draft })
        #expect(d.isEmpty, "\(d)")
        let (theme, problems) = Theme.load(directory: repo + "/templates")
        #expect(problems.isEmpty)
        return RenderContext(site: site, theme: try #require(theme), language: language)
    }

    @Test func protocolViewHasTheMeetingAsReadersNeedIt() throws {
        let ctx = try Self.context()
        let v = ctx.view(ctx.site.content.protocols[0])
        #expect(v.title == "Протокол № 3 от заседание на ОКМ – Русе")
        #expect(v.dateText == "10 март 2015 г.")
        let m = try #require(v.meeting)
        #expect(m.approvedBy?.title == "Иван Петров")
        #expect(m.approvedPost == "Областен управител")
        #expect(m.attendees.map(\.line.title) == ["Регионална дирекция „Социално подпомагане“ – Русе", "Фондация „Надежда и домове за децата – клон България“"])
        #expect(m.agenda.map(\.discussionURL) == ["#t-1", "#t-2"])
        #expect(m.agenda[0].reporters.map(\.url) == ["/people/maria-ivanova/"])
        #expect(m.decisions.map(\.status) == ["изпълнено"])
        #expect(m.decisions.map(\.due) == ["30 юни 2015 г."])
        #expect(m.decisions.map(\.anchor) == ["decision-ruse-3-2015-1-1"])
        #expect(m.decisions.map(\.id) == ["ruse-3-2015-1-1"])
        #expect(m.decisions.map(\.label) == ["Решение 1 по т. 1"])
        #expect(m.nextMeeting == "16 юни 2015 г.")
        #expect(v.bodyHTML.contains("<h2 id=\"t-1\">По т.\u{00A0}1</h2>"))
        #expect(!v.bodyHTML.contains("6101047500"))
    }

    @Test func institutionViewShowsItsTimelineAndWhatReplacedIt() throws {
        let ctx = try Self.context()
        let v = ctx.view(ctx.site.content.institutions[0])
        #expect(v.timeline.map(\.status) == ["действаща", "пред закриване", "закрита"])
        #expect(v.timeline.map(\.children) == ["30", nil, "0"])
        #expect(v.timeline[1].source?.url == "/protocols/2015/ruse-2015-03-10/")
        #expect(v.roles.map(\.heading) == ["Заменена от"])
        #expect(v.roles.first?.items.first?.meta == "Капацитет: 14")
        #expect(v.related.map(\.heading) == ["Протоколи", "Новини", "Социални услуги"])
    }

    /// "How many homes were closed?" answered on the home page and on the region page, in words
    /// that say what they count, linking the closure pages.
    @Test func homeAndRegionPagesSayHowManyInstitutionsAreClosed() throws {
        let ctx = try Self.context()
        let home = ctx.homeView(today: nil)
        #expect(home.closureTotal?.title == "Закрити или преобразувани: 1 от 1 институция общо")
        #expect(home.closureTotal?.url == "/closures/")
        #expect(home.closureFigures.map(\.title) == ["Закрити или преобразувани: 1 от 1 институция в Област Русе"])
        #expect(home.closureFigures.map(\.url) == ["/regions/ruse/closures/"])
        let region = ctx.view(ctx.site.content.regions[0])
        let closures = region.roles.flatMap(\.items).first { $0.url == "/regions/ruse/closures/" }
        #expect(closures?.meta == "1 от 1 институции закрити или преобразувани")
    }

    @Test func personViewListsPostsAndRoles() throws {
        let ctx = try Self.context()
        let maria = try #require(ctx.site.content.people.first { $0.header.id.slug == "maria-ivanova" })
        let v = ctx.view(maria)
        #expect(v.posts.map(\.title) == ["директор"])
        #expect(v.posts.first?.url == "/organizations/rdsp-ruse/")
        #expect(v.roles.map(\.heading) == ["Докладвал(а) по", "Представил(а) на"])
        #expect(v.roles[0].items.first?.url == "/protocols/2015/ruse-2015-03-10/#agenda-1")
    }

    @Test func englishUsesTheEnglishStringsAndDates() throws {
        let ctx = try Self.context(language: "en")
        let v = ctx.view(ctx.site.content.protocols[0])
        #expect(v.dateText == "10 March 2015")
        #expect(v.meeting?.decisions.first?.status == "done")
        #expect(v.page.lang == "en")
    }

    @Test func listsAreNewestFirstAndPaginatedAtStableURLs() throws {
        let ctx = try Self.context()
        let pages = ctx.archives(.news)
        #expect(pages.map(\.path) == ["/news/", "/news/2016/", "/regions/ruse/news/"])
        #expect(pages[0].view.items.map(\.title) == ["Закрит е ДДЛРГ „Проба“"])
        let many = (1...120).map { ListItem(title: "\($0)", url: SafeURL(sitePath: "/x/\($0)/")) }
        let paged = ctx.paginate(many, base: "/x/", title: "X", years: [], parent: nil)
        #expect(paged.map(\.path) == ["/x/", "/x/page/2/", "/x/page/3/"])
        #expect(paged.map(\.view.items.count) == [50, 50, 20])
        #expect(paged[1].view.pager?.previous == "/x/")
        #expect(paged[1].view.pager?.next == "/x/page/3/")
    }
}
