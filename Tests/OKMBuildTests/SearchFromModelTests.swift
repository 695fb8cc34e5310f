import Foundation
import Testing
@testable import OKMBuild
import OKMRender

/// Only the `<main data-pagefind-body>` of records and entities reaches the search index,
/// once each, in a real build with Pagefind.
@Suite(.serialized) struct SearchFromModelTests {
    /// `protocols/2014/x/index.html` → `/protocols/2014/x/`, as Pagefind names a page it finds on disk.
    static func url(of path: String) -> String {
        path == "index.html" ? "/" : path.hasSuffix("/index.html") ? "/" + path.dropLast("index.html".count) : "/" + path
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
            if text[main.lowerBound..<end].contains("data-pagefind-body") { searchable.insert(Self.url(of: path)) }
        }
        #expect(Set(urls) == searchable)
        // The demo has every kind of page that must stay out, and none is in.
        let prints = html.filter { $0.hasSuffix("/print/index.html") }.map { Self.url(of: $0) }
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
