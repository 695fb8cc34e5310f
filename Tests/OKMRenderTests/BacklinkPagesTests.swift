import Foundation
import Testing
@testable import OKMRender
import OKMLink
import OKMModel

/// A record named by many others lists the newest 20 of each kind and links the paginated
/// list of all of them, so its page does not grow with the archive.
@Suite struct BacklinkPagesTests {
    /// 23 news items naming an organization that a protocol names too.
    static func context() throws -> RenderContext {
        var extra: [String: String] = [:]
        for n in 1...23 {
            extra["news/2016/novina-\(n).md"] = "---\ntitle: Новина \(n)\ndate: 2016-03-\(String(format: "%02d", n))\norganizations: [rdsp-ruse]\n---\nТекст.\n"
        }
        return try DecisionPagesTests.context(today: nil, adding: extra)
    }

    @Test func aRecordNamedByManyShowsTheNewestAndLinksTheRest() throws {
        let ctx = try Self.context()
        let org = try #require(ctx.site.content.organizations.first { $0.header.id.slug == "rdsp-ruse" })
        let view = ctx.view(org)
        let news = try #require(view.related.first { $0.heading == "Новини" })
        #expect(news.count == 23)
        #expect(news.items.count == 20)
        #expect(news.items.first?.title == "Новина 23")  // newest first
        #expect(news.more?.url == "/organizations/rdsp-ruse/mentions/")
        #expect(news.more?.title == "Всички свързани записи (24)")  // and the protocol
        // A group within the limit is whole and links nothing.
        let few = try #require(ctx.site.content.organizations.first { $0.header.id.slug == "oa-kardzhali" })
        #expect(ctx.view(few).related.allSatisfy { $0.more == nil })
    }

    @Test func theListOfAllIsPaginatedAndNamesEveryRecordOnce() throws {
        let ctx = try Self.context()
        let pages = ctx.backlinkPages()
        #expect(pages.map(\.path) == ["/organizations/rdsp-ruse/mentions/"])
        let list = try #require(pages.first?.make())
        #expect(list.title == "Споменава се в – РДСП Русе")
        #expect(list.items.count == 24)
        #expect(Set(list.items.map(\.url)).count == 24)
        #expect(list.items.last?.meta == "Протоколи")
        #expect(list.items.first?.meta == "Новини")
        #expect(list.parent?.url == "/organizations/rdsp-ruse/")
    }

    /// A record that names another one which names it back lists it once, in one list
    /// ("Свързани"), not again under "Споменава се в".
    @Test func relatedRecordsAreOneListWithoutRepeats() throws {
        let ctx = try DecisionPagesTests.context(today: nil, adding: [
            "projects/edno.md": "---\nname: Проект едно\nprojects: [dve]\norganizations: [rdsp-ruse]\n---\n",
            "projects/dve.md": "---\nname: Проект две\nprojects: [edno]\n---\n",
        ])
        let edno = try #require(ctx.site.content.projects.first { $0.header.id.slug == "edno" })
        let related = ctx.view(edno).related
        let urls = related.flatMap(\.items).compactMap(\.url)
        #expect(urls.filter { $0 == "/projects/dve/" }.count == 1)
        #expect(Set(urls).count == urls.count)
        #expect(related.first { $0.heading == "Проекти" }?.count == 1)
    }

    @Test func aLongListHasPages() throws {
        var extra: [String: String] = [:]
        for n in 1...(RenderContext.pageSize + 5) {
            extra["news/2017/n-\(n).md"] = "---\ntitle: Н \(n)\ndate: 2017-01-01\norganizations: [oa-kardzhali]\n---\n"
        }
        let ctx = try DecisionPagesTests.context(today: nil, adding: extra)
        let paths = ctx.backlinkPages().map(\.path).sorted()
        #expect(paths == ["/organizations/oa-kardzhali/mentions/", "/organizations/oa-kardzhali/mentions/page/2/"])
    }
}
