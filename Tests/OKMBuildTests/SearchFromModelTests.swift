import Foundation
import Testing
@testable import OKMBuild
import OKMRender

/// The index is built from the pages okm renders, not by running Pagefind over the site: only
/// the `<main data-pagefind-body>` of records and entities reaches it, once each.
@Suite(.serialized) struct SearchFromModelTests {
    @Test func aSearchDocumentIsThePagesMainInItsLanguage() throws {
        let page = """
        <!DOCTYPE html>
        <html lang="en">
        <head><title>T – site</title></head>
        <body><header><nav>Menu words</nav></header>
        <main id="main" tabindex="-1" data-pagefind-body data-pagefind-weight="0.25"><h1 data-pagefind-weight="7">T</h1><p>Text</p></main>
        <footer>Footer words</footer></body></html>
        """
        let doc = try #require(SearchPages.page(path: "news/2015/t/index.html", html: page))
        #expect(doc.url == "/news/2015/t/")
        #expect(doc.html == """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body><main id="main" tabindex="-1" data-pagefind-body data-pagefind-weight="0.25"><h1 data-pagefind-weight="7">T</h1><p>Text</p></main></body></html>
        """)
        // A page whose <main> is not searchable (a list, a print edition, a data page) gives none,
        // even when something after its <main> names the attribute.
        let list = page.replacingOccurrences(of: " data-pagefind-body", with: "") + "<p>data-pagefind-body</p>"
        #expect(SearchPages.page(path: "news/index.html", html: list) == nil)
        #expect(SearchPages.url(of: "index.html") == "/")
        #expect(SearchPages.url(of: "404.html") == "/404.html")
    }

    /// Every page in the index is a page whose <main> is searchable (a record or an entity), and
    /// every such page is in it once: no list, archive, decision filter, mentions list, print
    /// edition, data page or 404; a protocol and its print edition are one result.
    @Test func theIndexHoldsRecordsAndEntitiesOnlyOnce() throws {
        guard let node = SearchTests.tools()?.1 else { return }
        let b = BuiltSite(content: "content") { $0.searchIndex = true }
        defer { b.remove() }
        #expect(b.report.succeeded, "\(b.report.diagnostics.prefix(3))")
        let all = try #require(try SearchTests.query(b, ["--all"], node: node)["--all"]).results
        let urls = all.map(\.url)
        #expect(Set(urls).count == urls.count, "a page is indexed twice: \(urls.sorted())")

        let html = BuildTestSupport.regularFilesRecursively(in: b.output).filter { $0.hasSuffix(".html") }
        var searchable: Set<String> = []
        for path in html {
            let text = b.text(path)
            guard let main = text.range(of: "<main"), let end = text[main.upperBound...].firstIndex(of: ">") else { continue }
            if text[main.lowerBound..<end].contains("data-pagefind-body") { searchable.insert(SearchPages.url(of: path)) }
        }
        #expect(Set(urls) == searchable)
        // The demo has every kind of page that must stay out, and none is in.
        let prints = html.filter { $0.hasSuffix("/print/index.html") }.map { SearchPages.url(of: $0) }
        #expect(!prints.isEmpty && html.contains("data/index.html") && html.contains("404.html") && html.contains("protocols/2014/index.html"))
        for url in urls {
            #expect(!url.hasSuffix("/print/") && !url.hasPrefix("/data/") && url != "/404.html" && url != "/search/", "\(url) is indexed")
            #expect(!["protocols", "news", "events", "decisions", "institutions"].contains { url == "/\($0)/" || url.hasPrefix("/\($0)/20") && url.split(separator: "/").count == 2 },
                    "the list \(url) is indexed")
        }
        let protocolPage = "/protocols/2014/ruse-2014-11-25/"
        let title = try #require(all.first { $0.url == protocolPage }?.title)
        #expect(all.filter { $0.title == title }.map(\.url) == [protocolPage], "the protocol is indexed more than once")
        #expect(prints.contains(protocolPage + "print/"))

        // Pagefind's own count of the pages it indexed agrees.
        let entry = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: b.output + "/pagefind/pagefind-entry.json"))) as? [String: Any]
        let languages = try #require(entry?["languages"] as? [String: [String: Any]])
        #expect(languages.values.compactMap { $0["page_count"] as? Int }.reduce(0, +) == urls.count)
    }
}
