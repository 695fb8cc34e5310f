import Foundation
import Testing
@testable import OKMBuild

/// Drafts and confidential blocks never reach the feeds, calendars, sitemap, open data or
/// the pages' metadata, also when drafts are built for a preview (`--drafts`).
@Suite struct PublishingLeakTests {
    static let content = FeedAndCalendarTests.publishing
    /// Words written only in confidential blocks, and only in drafts, of the fixture.
    static let confidential = ["ТАЙНО", "Калоян", "приемно семейство", "досие"]
    static let drafts = ["ЧЕРНОВ", "chernova"]

    /// The files this feature publishes (as opposed to the pages of records).
    static func publishingFiles(_ b: BuiltSite) -> [String] {
        b.files.filter { f in
            f.hasSuffix(".xml") || f.hasSuffix(".ics") || f.hasPrefix("data/") || f == "robots.txt"
                || f == "search/index.html" || f == "accessibility/index.html"
        }
    }

    /// A file as text a person would search: iCalendar lines unfolded, JSON and XML unescaped enough.
    static func readable(_ b: BuiltSite, _ f: String) -> String {
        let t = f.hasSuffix(".ics") ? b.text(f).replacingOccurrences(of: "\r\n ", with: "") : b.text(f)
        return t.replacingOccurrences(of: "\\n", with: "\n").replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test(arguments: [false, true]) func noDraftOrConfidentialTextInAnyPublishingFile(includeDrafts: Bool) throws {
        let b = BuiltSite(content: Self.content, drafts: includeDrafts)
        defer { b.remove() }
        #expect(b.report.succeeded, "\(b.report.diagnostics)")
        let files = Self.publishingFiles(b)
        for expected in ["feed.xml", "regions/ruse/feed.xml", "institutions/dom/feed.xml", "calendar.ics", "regions/ruse/calendar.ics",
                         "sitemap.xml", "robots.txt", "data/protocols.json", "data/decisions.csv", "data/people.json",
                         "data/memberships.json", "data/organizations.json", "search/index.html", "accessibility/index.html"] {
            #expect(files.contains(expected), "\(expected) was not written")
        }
        for f in files {
            let text = Self.readable(b, f)
            for word in Self.confidential + Self.drafts {
                #expect(!text.contains(word), "\(f) carries '\(word)' (drafts built: \(includeDrafts))")
            }
        }
        // Confidential text is in no file at all; draft text only on the draft pages of a preview.
        for f in b.files {
            let text = Self.readable(b, f)
            for word in Self.confidential { #expect(!text.contains(word), "\(f) carries '\(word)'") }
            if !includeDrafts { for word in Self.drafts { #expect(!text.contains(word), "\(f) carries '\(word)'") } }
        }
        // What was published is there.
        #expect(b.text("data/news.json").contains("Домът в Русе е закрит"))
        #expect(try OpenDataAndSitemapTests.items(b, "protocols.json").count == 1)
        #expect(try OpenDataAndSitemapTests.items(b, "memberships.json").count == 1)
    }

    @Test func pageMetadataIsOpenGraphAndSafeJSONLD() throws {
        let b = BuiltSite(content: Self.content)
        defer { b.remove() }
        let news = b.text("news/2015/novina/index.html")
        #expect(news.contains("<meta property=\"og:type\" content=\"article\">"))
        #expect(news.contains("<meta property=\"og:title\" content=\"Домът в Русе е закрит\">"))
        #expect(news.contains("<meta property=\"og:url\" content=\"https://okm.example.bg/news/2015/novina/\">"))
        #expect(news.contains("<meta property=\"og:locale\" content=\"bg_BG\">"))
        #expect(news.contains("<meta property=\"og:site_name\" content=\"ОКМ\u{00A0}– публикуване\">"))
        #expect(news.contains("<meta property=\"og:description\" content=\"Последните деца от дома са в семейна среда, а сградата ще служи на &lt;общността&gt; &amp; на „новите“ услуги.\">"))

        func jsonLD(_ html: String) throws -> [String: Any] {
            let start = try #require(html.range(of: "<script type=\"application/ld+json\">"))
            let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
            let body = String(html[start.upperBound..<end.lowerBound])
            #expect(!body.contains("<"), "JSON-LD must not hold '<'")
            return try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
        }
        let article = try jsonLD(news)
        #expect(article["@type"] as? String == "NewsArticle")
        #expect(article["headline"] as? String == "Домът в Русе е закрит")
        #expect(article["datePublished"] as? String == "2015-12-20")
        #expect(article["description"] as? String == "Последните деца от дома са в семейна среда, а сградата ще служи на <общността> & на „новите“ услуги.")

        let meeting = try jsonLD(b.text("protocols/2015/ruse-2015-03-10/index.html"))
        #expect(meeting["@type"] as? String == "Event")
        #expect(meeting["startDate"] as? String == "2015-03-10T10:00:00+02:00")
        #expect(meeting["endDate"] as? String == "2015-03-10T12:30:00+02:00")
        #expect((meeting["location"] as? [String: Any])?["name"] as? String == "Зала 1, Областна администрация – Русе")
        let seminar = try jsonLD(b.text("events/2015/seminar/index.html"))
        #expect(seminar["@type"] as? String == "Event")
        #expect(seminar["startDate"] as? String == "2015-07-02T10:00:00+03:00")
        let body = try jsonLD(b.text("organizations/rdsp-ruse/index.html"))
        #expect(body["@type"] as? String == "GovernmentOrganization")
        #expect(body["alternateName"] as? [String] == ["РДСП Русе"])
        #expect(body["sameAs"] as? String == "https://example.org/rdsp")

        // Search data on record pages only: filters, sort and the Latin forms.
        let page = b.text("protocols/2015/ruse-2015-03-10/index.html")
        #expect(page.contains("<main id=\"main\" tabindex=\"-1\" data-pagefind-body data-pagefind-weight=\"0.25\">"))
        #expect(page.contains("<span data-pagefind-filter=\"Област:Русе\"></span>"))
        #expect(page.contains("<span data-pagefind-filter=\"Година:2015\"></span>"))
        #expect(page.contains("<span data-pagefind-filter=\"Вид:Протоколи\"></span>"))
        #expect(page.contains("<span data-pagefind-sort=\"date:2015-03-10\"></span>"))
        // The title weighted as the latest protocol of its region; the names in Latin letters, each word once.
        #expect(page.contains("<h1 data-pagefind-weight=\"10\">"))
        #expect(page.contains("<p lang=\"bg-Latn\" data-pagefind-weight=\"10\">Protokol № 3 ot zasedanie na OKM – Ruse · Oblast</p>"))
        #expect(!b.text("index.html").contains("data-pagefind-body"))
        // A list is not indexed: no body, filter, sort, weight or metadata (its breadcrumbs are ignored).
        let list = b.text("protocols/index.html")
        for attribute in ["data-pagefind-body", "data-pagefind-filter", "data-pagefind-sort", "data-pagefind-weight", "data-pagefind-meta"] {
            #expect(!list.contains(attribute))
        }
    }
}
