import Foundation
import Testing
@testable import OKMBuild

/// Issue 19, item 3, on a built site (Tests/Fixtures/sources): where facts come from shows on
/// the record, closure and protocol pages and in open data; an institution without a timeline
/// is "няма данни", counted apart and never as operating.
@Suite struct SourcesSiteTests {
    static let content = "Tests/Fixtures/sources/content"

    /// A page with the typography's no-break spaces read as spaces.
    static func page(_ b: BuiltSite, _ path: String) -> String { b.text(path).replacingOccurrences(of: "\u{00A0}", with: " ") }

    @Test func pagesListTheSources() throws {
        let b = BuiltSite(content: Self.content) { $0.searchIndex = false }
        defer { b.remove() }
        #expect(b.report.succeeded, "\(b.report.diagnostics)")
        // A record: a record source linked to its page, an outside one with its address and day.
        let news = Self.page(b, "news/2015/novina/index.html")
        #expect(news.contains("<p class=\"source\">Източник: <a href=\"/protocols/2014/ruse-2014-11-25/\">Протокол № 2 от заседание на ОКМ – Област Русе</a></p>"), "\(news)")
        #expect(news.contains("<p class=\"source\">Източник: <a href=\"https://example.bg/novini\">Новини на областната администрация</a> <span class=\"muted\">(достъпено на 1 декември 2026 г.)</span></p>"))
        // A document with no address is named, not linked.
        #expect(Self.page(b, "protocols/2014/ruse-2014-11-25/index.html").contains("<p class=\"source\">Източник: Протокол № 2/25.11.2014 г.</p>"))
        // A decision's source, under its text, on the protocol page and on the decisions page.
        let decision = "Да се изпрати запитване до МЗ<br><span class=\"muted\">Източник:</span> <a href=\"https://example.bg/pismo\">Писмо на РДСП – Русе</a> <span class=\"muted\">(достъпено на 1 декември 2026 г.)</span></td>"
        #expect(Self.page(b, "protocols/2014/ruse-2014-11-25/index.html").contains(decision))
        #expect(Self.page(b, "decisions/index.html").contains(decision))
        // A step's source: an undated step keeps "без дата — по данни от …", an outside document without address as text.
        let closures = Self.page(b, "regions/ruse/closures/index.html")
        #expect(closures.contains("<li>без дата&nbsp;– закрита<br><span class=\"muted\">по данни от</span> „Мисията – възможна“ – презентация на ОКМ – Русе</li>"), "\(closures)")
        #expect(closures.contains("<a href=\"/protocols/2014/ruse-2014-11-25/\">Протокол № 2 от заседание на ОКМ – Област Русе</a></li>"))
    }

    @Test func openDataCarriesTheSources() throws {
        let b = BuiltSite(content: Self.content) { $0.searchIndex = false }
        defer { b.remove() }
        let news = try #require(try b.json("data/news.json") as? [[String: Any]])
        let sources = try #require(news.first?["sources"] as? [[String: String]])
        #expect(sources == [
            ["record": "protocols/ruse-2014-11-25", "record_url": "https://okm.example.test/protocols/2014/ruse-2014-11-25/"],
            ["title": "Новини на областната администрация", "url": "https://example.bg/novini", "accessed": "2026-12-01"],
        ])
        let protocols = try #require(try b.json("data/protocols.json") as? [[String: Any]])
        let decisions = try #require(protocols.first?["decisions"] as? [[String: Any]])
        #expect(decisions.first?["source"] as? [String: String] == ["title": "Писмо на РДСП – Русе", "url": "https://example.bg/pismo", "accessed": "2026-12-01"])
        #expect(decisions.last?["source"] == nil)
        let institutions = try #require(try b.json("data/institutions.json") as? [[String: Any]])
        let steps = institutions.compactMap { ($0["timeline"] as? [[String: Any]])?.first?["source"] as? [String: String] }
        #expect(steps.contains(["title": "„Мисията – възможна“ – презентация на ОКМ – Русе"]))
        #expect(steps.contains(["record": "protocols/ruse-2014-11-25", "record_url": "https://okm.example.test/protocols/2014/ruse-2014-11-25/"]))
        let csv = CSVReader.rows(b.text("data/decisions.csv"))
        let column = try #require(csv.first?.firstIndex(of: "source"))
        #expect(csv.dropFirst().map { $0[column] } == ["Писмо на РДСП – Русе <https://example.bg/pismo>", ""])
        let closures = CSVReader.rows(b.text("regions/ruse/closures/closures.csv"))
        let sourcesColumn = try #require(closures.first?.firstIndex(of: "sources"))
        #expect(Set(closures.dropFirst().map { $0[sourcesColumn] })
                == ["https://okm.example.test/protocols/2014/ruse-2014-11-25/", "„Мисията – възможна“ – презентация на ОКМ – Русе"])
    }

    @Test func anInstitutionWithoutATimelineIsUnknownAndCountedApart() throws {
        let b = BuiltSite(content: Self.content) { $0.searchIndex = false }
        defer { b.remove() }
        // The home page's figures say it apart.
        let home = Self.page(b, "index.html")
        #expect(home.contains("Закрити или преобразувани: 1 от 3 институции общо; за 1 няма данни"), "\(home)")
        #expect(home.contains("Закрити или преобразувани: 0 от 1 институция в Област Кърджали; за 1 няма данни"))
        #expect(home.contains("Закрити или преобразувани: 1 от 2 институции в Област Русе<"))
        // The closure page: its own count, its status in the table, never "действаща".
        let page = Self.page(b, "regions/kardzhali/closures/index.html")
        #expect(page.contains("<span class=\"label\">няма данни</span>: <strong>1</strong>"))
        #expect(page.contains("<span class=\"label\">действаща</span>: <strong>0</strong>"))
        #expect(Self.page(b, "institutions/dom-k/index.html").contains("<a href=\"/regions/kardzhali/closures/\">няма данни</a>"))
        // Open data and the yearly figures: `unknown`, not `operating`.
        let json = try #require(try b.json("closures/closures.json") as? [String: Any])
        let counts = try #require(json["counts"] as? [String: Int])
        #expect(counts["unknown"] == 1 && counts["operating"] == 0 && counts["closed"] == 1 && counts["closure-planned"] == 1)
        let byYear = try #require(json["by_year"] as? [[String: Any]])
        // 2014: Б is planned; А's only step is placed nowhere and К has no timeline: both unknown.
        #expect(byYear.map { ($0["counts"] as? [String: Int])?["unknown"] } == [2])
        #expect(byYear.map { ($0["counts"] as? [String: Int])?["operating"] } == [0])
        let csv = CSVReader.rows(b.text("regions/kardzhali/closures/closures.csv"))
        #expect(csv.dropFirst().map { $0[6] } == ["unknown"])
        let chart = Self.page(b, "closures/index.html")
        #expect(chart.contains("2014 г.: пред закриване 1, няма данни 2."), "\(chart)")
    }

    /// An English site says it all in English.
    @Test func anEnglishSiteSaysSourcesAndNoDataInEnglish() throws {
        let dir = try BuildTestSupport.makeTemporaryDirectory(prefix: "okm-sources-en")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.copyItem(atPath: BuildTestSupport.repositoryRoot + "/" + Self.content, toPath: dir + "/content")
        let site = dir + "/content/site.yml"
        try (try String(contentsOfFile: site, encoding: .utf8)).replacingOccurrences(of: "language: bg", with: "language: en")
            .write(toFile: site, atomically: true, encoding: .utf8)
        let b = BuiltSite(content: Self.content) { $0.contentDirectory = dir + "/content"; $0.searchIndex = false }
        defer { b.remove() }
        #expect(b.report.succeeded, "\(b.report.diagnostics)")
        let news = Self.page(b, "news/2015/novina/index.html")
        #expect(news.contains("<p class=\"source\">Source: <a href=\"https://example.bg/novini\" lang=\"bg\">Новини на областната администрация</a> <span class=\"muted\">(accessed 1 December 2026)</span></p>"), "\(news)")
        #expect(!news.contains("Източник") && !news.contains("достъпено"))
        let home = Self.page(b, "index.html")
        #expect(home.contains("Closed or restructured: 0 of 1 institution in Област Кърджали; no data for 1"), "\(home)")
        #expect(Self.page(b, "regions/kardzhali/closures/index.html").contains("<span class=\"label\">no data</span>: <strong>1</strong>"))
        #expect(Self.page(b, "regions/ruse/closures/index.html").contains("undated&nbsp;– closed<br><span class=\"muted\">according to</span> <span lang=\"bg\">„Мисията – възможна“"))
    }
}
