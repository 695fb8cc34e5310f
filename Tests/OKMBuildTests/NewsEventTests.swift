import Foundation
import Testing
@testable import OKMBuild

/// Issue 19, item 4: a news item names the event it reports (`event:`), and the two pages link
/// each other — the Kardzhali round table's news item and event in the demo.
@Suite struct NewsEventTests {
    @Test func theNewsItemAndItsEventLinkEachOther() throws {
        let b = BuiltSite(content: "content") { $0.searchIndex = false }
        defer { b.remove() }
        #expect(b.report.succeeded, "\(b.report.diagnostics)")
        let news = b.text("news/2015/kardzhali-kragla-masa/index.html")
        let event = b.text("events/2015/kardzhali-kragla-masa/index.html")
        #expect(news.contains("<dt>Събитие</dt>\n<dd><span class=\"value\"><a href=\"/events/2015/kardzhali-kragla-masa/\">"), "\(news)")
        #expect(event.contains("<dt>Новини за събитието</dt>\n<dd><span class=\"value\"><a href=\"/news/2015/kardzhali-kragla-masa/\">"), "\(event)")
        // An event no news item names says nothing of news.
        #expect(!b.text("events/2015/ruse-seminar/index.html").contains("Новини за събитието"))
    }
}
