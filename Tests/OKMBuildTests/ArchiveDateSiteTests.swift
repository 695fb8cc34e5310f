import Foundation
import Testing
@testable import OKMBuild
import OKMModel

/// Issue 19, item 1: records dated as archives write them land in the right archive, feed,
/// calendar and open data (Tests/Fixtures/sites/archive-dates: a meeting `2016/..`, a seminar
/// `2016-09~`, one on an exact day, news of `201X`, protocols `2016?` and `2016/..` with one number).
@Suite struct ArchiveDateSiteTests {
    static func build(language: String? = nil, content: String = "Tests/Fixtures/sites/archive-dates/content") throws -> String {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("okm-edtf-\(UUID().uuidString)").path
        var o = BuildOptions()
        o.contentDirectory = GoldenSiteTests.repoPath + "/" + content
        o.templatesDirectory = GoldenSiteTests.repoPath + "/templates"
        o.outputDirectory = out
        o.language = language
        let report = Pipeline.build(o)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        try #require(report.succeeded)
        return out
    }

    static func read(_ out: String, _ path: String) throws -> String {
        try String(contentsOfFile: out + "/" + path, encoding: .utf8)
    }

    @Test func archivesListEachRecordInItsYearOrAsNotExact() throws {
        let out = try Self.build()
        defer { try? FileManager.default.removeItem(atPath: out) }
        // The year known: in its year's archive, its URL with the year.
        let y2016 = try Self.read(out, "events/2016/index.html")
        #expect(y2016.contains("/events/2016/seminar-okolo/"))
        #expect(y2016.contains("<span class=\"date\">около септември 2016\u{00A0}г.</span>"))
        #expect(!y2016.contains("sreshta-sled-2016"))
        // Not known: /events/undated/, linked from the list of years.
        let undated = try Self.read(out, "events/undated/index.html")
        #expect(undated.contains("href=\"/events/undated/sreshta-sled-2016/\""))
        #expect(undated.contains("<span class=\"date\">след 2016\u{00A0}г.</span>"))
        #expect(!undated.contains("seminar-okolo") && !undated.contains("tochen"))
        let all = try Self.read(out, "events/index.html")
        #expect(all.contains("без точна дата (1)"))
        // Newest first by the earliest day: 2016-09-01, 2016-01-01, 2015-04-02.
        let order = ["seminar-okolo", "sreshta-sled-2016", "tochen"].map { all.range(of: "/\($0)/")?.lowerBound }
        #expect(order.allSatisfy { $0 != nil } && order[0]! < order[1]! && order[1]! < order[2]!)
        let page = try Self.read(out, "events/undated/sreshta-sled-2016/index.html")
        #expect(page.contains("<p class=\"date\">след 2016\u{00A0}г.</p>"))
        #expect(page.contains("\"startDate\":\"2016\""))
        let news = try Self.read(out, "news/undated/desetiletie/index.html")
        #expect(news.contains("2010-те години"))
        #expect(news.contains("около септември 2015\u{00A0}г."))  // event_date: 2015-09~
        #expect(try Self.read(out, "protocols/2016/nesigurna-godina/index.html").contains("2016\u{00A0}г.(?)"))
        #expect(FileManager.default.fileExists(atPath: out + "/protocols/undated/sled-2016/index.html"))
    }

    @Test func feedsCalendarAndOpenDataNeverMakeUpADay() throws {
        let out = try Self.build()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let feed = try Self.read(out, "feed.xml")
        #expect(feed.contains("<id>tag:okm.example.bg,2016:events/sreshta-sled-2016</id>"))
        #expect(feed.contains("<dc:date xmlns:dc=\"http://purl.org/dc/elements/1.1/\">2016/..</dc:date>"))
        #expect(feed.contains("<dc:date xmlns:dc=\"http://purl.org/dc/elements/1.1/\">201X</dc:date>"))
        #expect(feed.contains("<id>tag:okm.example.bg,2015-04-02:events/tochen</id>"))
        #expect(!feed.contains("<dc:date xmlns:dc=\"http://purl.org/dc/elements/1.1/\">2015-04-02"))
        // The calendar holds the exact day only.
        let ics = try Self.read(out, "calendar.ics")
        #expect(ics.contains("UID:events-tochen@okm.example.bg"))
        #expect(!ics.contains("sreshta-sled-2016") && !ics.contains("seminar-okolo") && !ics.contains("nesigurna-godina"))
        // Open data: the EDTF as written, and the earliest and latest day (null when open).
        let events = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/data/events.json"))) as! [[String: Any]]
        let meeting = try #require(events.first { $0["id"] as? String == "events/sreshta-sled-2016" })
        #expect(meeting["date"] as? String == "2016/..")
        #expect(meeting["date_earliest"] as? String == "2016-01-01")
        #expect(meeting["date_latest"] is NSNull)
        #expect(meeting["start_date"] == nil)
        let exact = try #require(events.first { $0["id"] as? String == "events/tochen" })
        #expect(exact["start_date"] as? String == "2015-04-02")
        #expect(exact["date_earliest"] == nil)
        let protocols = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/data/protocols.json"))) as! [[String: Any]]
        let uncertain = try #require(protocols.first { $0["id"] as? String == "protocols/nesigurna-godina" })
        #expect(uncertain["date"] as? String == "2016?")
        #expect(uncertain["date_latest"] as? String == "2016-12-31")
        let news = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/data/news.json"))) as! [[String: Any]]
        #expect(news.first?["event_date"] as? String == "2015-09~")
        #expect(news.first?["date"] as? String == "201X")
    }

    /// A timeline step dated `2015~`: shown "около 2015 г.", counted in "now", and left out of
    /// the yearly figures rather than placed on a made-up day.
    @Test func aTimelineStepWithoutAnExactDayCountsNowOnly() throws {
        let out = try Self.build()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let page = try Self.read(out, "institutions/dom-proba/index.html")
        #expect(page.contains("<p class=\"step-head\"><span class=\"date\">около 2015\u{00A0}г.</span>"))
        let closures = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/closures/closures.json"))) as! [String: Any]
        #expect((closures["counts"] as? [String: Int])?["closed"] == 1)
        #expect(closures["by_year_left_out"] as? Int == 1)
        let step = (((closures["institutions"] as? [[String: Any]])?.first?["timeline"]) as? [[String: Any]])?.last
        #expect(step?["date"] as? String == "2015~")
        #expect(step?["placed"] is NSNull)
    }

    @Test func anEnglishSiteSaysItInEnglish() throws {
        let out = try Self.build(language: "en")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let all = try Self.read(out, "events/index.html")
        #expect(all.contains("after 2016"))
        #expect(all.contains("circa September 2016"))
        #expect(all.contains("date not exact (1)"))
        #expect(!all.contains("след 2016") && !all.contains("около септември 2016"))
    }

    /// Seed 004 gives no day and mentions a memorandum of 2016: the Sofia region meeting is an
    /// event `2016/..`, "след 2016 г.", in the events' list of records without an exact date.
    @Test func theDemoShowsTheSofiaMeetingAfter2016() throws {
        let out = try Self.build(content: "content")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let page = try Self.read(out, "events/undated/sofiyska-oblast-partnyorstvo/index.html")
        #expect(page.contains("<p class=\"date\">след 2016\u{00A0}г.</p>"))
        let undated = try Self.read(out, "events/undated/index.html")
        #expect(undated.contains("href=\"/events/undated/sofiyska-oblast-partnyorstvo/\""))
        #expect(!FileManager.default.fileExists(atPath: out + "/sofiyska-oblast-partnyorstvo/index.html"))
    }
}
