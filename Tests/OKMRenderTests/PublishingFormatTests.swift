import Foundation
import Testing
@testable import OKMRender
import OKMModel

/// The writers under the publishing files: iCalendar text, XML and JSON escaping, CSV
/// fields, times of day and Sofia's offset from UTC.
@Suite struct PublishingFormatTests {
    @Test func iCalendarTextIsEscaped() {
        #expect(ICalendar.escape("Зала 1, сграда; вход \\ Б\nет. 2") == "Зала 1\\, сграда\\; вход \\\\ Б\\nет. 2")
        #expect(ICalendar.escape("ред\r\nред\rред") == "ред\\nред\\nред")
        #expect(ICalendar.escape("a\u{0}b\u{7F}c\td") == "abc\td")
    }

    @Test func longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        let line = "SUMMARY:" + String(repeating: "Обмен на добри практики – ", count: 12)
        let folded = ICalendar.fold(line)
        let physical = folded.components(separatedBy: "\r\n")
        #expect(physical.count > 5)
        for (i, l) in physical.enumerated() {
            #expect(l.utf8.count <= 75, "line \(i) has \(l.utf8.count) octets")
            if i > 0 { #expect(l.hasPrefix(" ")) }
        }
        // Unfolding (RFC 5545 §3.1) gives the line back.
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
        #expect(ICalendar.fold("UID:x@y") == "UID:x@y")
    }

    @Test func timesAreReadFromFreeText() {
        func parse(_ s: String) -> [String] {
            guard let t = ClockTime.parse(s) else { return [] }
            return [t.start.hhmm] + (t.end.map { [$0.hhmm] } ?? [])
        }
        #expect(parse("10:00") == ["10:00"])
        #expect(parse("10.30 ч.") == ["10:30"])
        #expect(parse("от 9:00 до 12:30 ч.") == ["09:00", "12:30"])
        #expect(parse("10:00 – 12:30 ч.") == ["10:00", "12:30"])
        #expect(parse("14:00 – 10:00") == ["14:00"])
        #expect(parse("сутринта") == [])
        #expect(parse("25.11.2014") == [])
        #expect(parse("24:00") == [])
    }

    @Test func sofiaOffsetFollowsTheEURule() throws {
        #expect(SofiaTime.lastSunday(month: 3, year: 2015) == Day(year: 2015, month: 3, day: 29))
        #expect(SofiaTime.lastSunday(month: 10, year: 2015) == Day(year: 2015, month: 10, day: 25))
        #expect(SofiaTime.lastSunday(month: 3, year: 2026) == Day(year: 2026, month: 3, day: 29))
        let feb = try #require(Day(iso: "2015-02-04"))
        #expect(SofiaTime.dateTime(feb, ClockTime(hour: 10, minute: 0)) == "2015-02-04T10:00:00+02:00")
        #expect(SofiaTime.dateTime(try #require(Day(iso: "2015-07-01")), ClockTime(hour: 9, minute: 5)) == "2015-07-01T09:05:00+03:00")
        let change = try #require(Day(iso: "2015-03-29"))
        #expect(SofiaTime.dateTime(change, ClockTime(hour: 2, minute: 0)).hasSuffix("+02:00"))
        #expect(SofiaTime.dateTime(change, ClockTime(hour: 4, minute: 0)).hasSuffix("+03:00"))
        let back = try #require(Day(iso: "2015-10-25"))
        #expect(SofiaTime.dateTime(back, ClockTime(hour: 3, minute: 0)).hasSuffix("+03:00"))
        #expect(SofiaTime.dateTime(back, ClockTime(hour: 5, minute: 0)).hasSuffix("+02:00"))
        #expect(SofiaTime.dateTime(feb, nil) == "2015-02-04")
        #expect(try #require(Day(iso: "2015-12-31")).next == Day(year: 2016, month: 1, day: 1))
        #expect(try #require(Day(iso: "2016-02-28")).next == Day(year: 2016, month: 2, day: 29))
    }

    @Test func xmlValuesCannotAddMarkup() {
        #expect(XMLWriter.escape("<b>\"А&Б\"</b>") == "&lt;b&gt;&quot;А&amp;Б&quot;&lt;/b&gt;")
        #expect(XMLWriter.escape("a\u{1}b\u{FFFE}c\nd") == "abc\nd")
        var x = XMLWriter()
        x.open("feed", ["xmlns": "http://www.w3.org/2005/Atom", "skipped": nil])
        x.element("title", "</title><script>", ["type": "text"])
        x.element("subtitle", nil)
        x.close()
        #expect(x.text == "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n  <title type=\"text\">&lt;/title&gt;&lt;script&gt;</title>\n</feed>\n")
    }

    @Test func jsonInAScriptCannotCloseIt() throws {
        let value = JSON.obj(["name": "</script><script>alert(1)</script><!-- & -->", "n": .num(3), "none": nil])
        let safe = value.scriptSafe
        #expect(!safe.contains("<"))
        #expect(!safe.contains(">"))
        #expect(!safe.contains("&"))
        let back = try JSONSerialization.jsonObject(with: Data(safe.utf8)) as? [String: Any]
        #expect(back?["name"] as? String == "</script><script>alert(1)</script><!-- & -->")
        #expect(back?["n"] as? Int == 3)
        #expect(back?.keys.sorted() == ["n", "name"])
        // Sorted keys: the same value gives the same bytes.
        #expect(JSON.obj(["b": "1", "a": "2"]).encoded(pretty: false) == "{\"a\":\"2\",\"b\":\"1\"}")
    }

    @Test func csvFieldsAreQuotedWhenNeededAndNeverFormulas() {
        #expect(CSV.field("просто") == "просто")
        #expect(CSV.field("а, б") == "\"а, б\"")
        #expect(CSV.field("„цитат“ и \"кавички\"") == "\"„цитат“ и \"\"кавички\"\"\"")
        #expect(CSV.field("ред\nред") == "\"ред\nред\"")
        #expect(CSV.field("=SUM(A1)") == "'=SUM(A1)")
        #expect(CSV.field("-5") == "'-5")
    }
}

@Suite struct SitemapSplitTests {
    @Test func pastTheLimitTheSitemapBecomesAnIndexOfParts() throws {
        let ctx = try ViewModelTests.context()
        let sitemap = SitemapFiles(site: ctx.site, urls: ctx.absoluteURLs)
        let pages = (1...5).map { "p\($0)/index.html" } + ["404.html", "index.html"]
        let files = sitemap.files(htmlPaths: pages, limit: 2)
        #expect(files.map(\.path) == ["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml", "robots.txt"])
        func text(_ path: String) -> String {
            guard case .text(let t) = files.first(where: { $0.path == path })?.contents else { return "" }
            return t
        }
        #expect(text("sitemap.xml").contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"))
        #expect(text("sitemap.xml").contains("<loc>https://okm.example.bg/sitemap-3.xml</loc>"))
        #expect(text("sitemap-1.xml").components(separatedBy: "<url>").count - 1 == 2)
        #expect(text("sitemap-3.xml").components(separatedBy: "<url>").count - 1 == 2)
        let all = (1...3).map { text("sitemap-\($0).xml") }.joined()
        #expect(all.contains("<loc>https://okm.example.bg/</loc>"))
        #expect(!all.contains("404"))
        // At the limit it is still one file.
        #expect(sitemap.files(htmlPaths: Array(pages.prefix(2)), limit: 2).map(\.path) == ["sitemap.xml", "robots.txt"])
    }
}

@Suite struct OpenDataJSONTests {
    @Test func prettyJSONIsStableAndWritesEmptyListsShort() throws {
        let v = JSON.obj(["b": .array([]), "a": .object([:]), "c": .array(["x\n\n  ]"])])
        let text = v.encoded(pretty: true)
        #expect(text.contains("\"a\" : {}"))
        #expect(text.contains("\"b\" : []"))
        #expect(text.hasSuffix("\n"))
        let back = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        #expect((back?["c"] as? [String]) == ["x\n\n  ]"])
        #expect(text.range(of: "\"a\"")!.lowerBound < text.range(of: "\"b\"")!.lowerBound)
    }
}
