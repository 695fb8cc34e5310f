import Foundation
import Testing
@testable import OKMBuild

/// The Atom feeds and iCalendar files of a built fixture, parsed back as a feed reader and
/// a calendar application would read them.
@Suite struct FeedAndCalendarTests {
    static let basic = "Tests/Fixtures/sites/basic/content"
    static let publishing = "Tests/Fixtures/sites/publishing/content"
    static let dateTime = try! NSRegularExpression(pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$")

    static func isDateTime(_ s: String?) -> Bool {
        guard let s else { return false }
        return dateTime.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
    }

    /// `https://okm.example.bg/a/b/` → `a/b/index.html`
    static func file(forURL url: String) -> String {
        var p = String(url.dropFirst("https://okm.example.bg/".count))
        if p.isEmpty || p.hasSuffix("/") { p += "index.html" }
        return p
    }

    @Test func siteFeedIsAtomWithStableIDsDatesAndLinks() throws {
        let b = BuiltSite(content: Self.basic)
        defer { b.remove() }
        #expect(b.report.succeeded, "\(b.report.diagnostics)")
        let feed = try XMLNode.parse(try #require(b.data("feed.xml")))
        #expect(feed.name == "feed")
        #expect(feed.attributes["xmlns"] == "http://www.w3.org/2005/Atom")
        #expect(feed.value("id") == "https://okm.example.bg/feed.xml")
        #expect(feed.value("title") == "ОКМ – проба")
        #expect(feed.value("updated") == "2016-01-05T00:00:00Z")
        #expect(feed.first("author")?.value("name") == "ОКМ – проба")
        let links = feed.all("link")
        #expect(links.contains { $0.attributes["rel"] == "self" && $0.attributes["href"] == "https://okm.example.bg/feed.xml"
            && $0.attributes["type"] == "application/atom+xml" })
        #expect(links.contains { $0.attributes["rel"] == "alternate" && $0.attributes["href"] == "https://okm.example.bg/" })

        // Dated records, newest first; the draft is not among them.
        let entries = feed.all("entry")
        #expect(entries.compactMap { $0.value("id") } == [
            "tag:okm.example.bg,2016-01-05:news/novina",
            "tag:okm.example.bg,2015-04-02:events/seminar",
            "tag:okm.example.bg,2015-03-10:protocols/ruse-2015-03-10",
        ])
        #expect(entries.compactMap { $0.value("title") } == ["Закрит е ДДЛРГ „Проба“", "Семинар „Проба“", "Протокол № 3 от заседание на ОКМ – Русе"])
        for e in entries {
            #expect(Self.isDateTime(e.value("updated")), "\(e.value("updated") ?? "")")
            #expect(Self.isDateTime(e.value("published")))
            #expect(e.first("summary")?.attributes["type"] == "text")
            let href = try #require(e.all("link").first { $0.attributes["rel"] == "alternate" }?.attributes["href"])
            #expect(b.exists(Self.file(forURL: href)), "\(href) is not a page of the site")
        }
        #expect(entries[1].value("summary") == "Семинарът събра доставчици на услуги.")

        // Stable: a second build writes the same bytes.
        let again = BuiltSite(content: Self.basic)
        defer { again.remove() }
        #expect(again.data("feed.xml") == b.data("feed.xml"))
    }

    @Test func regionInstitutionAndProjectFeedsHoldTheirRecordsAndPagesLinkThem() throws {
        let b = BuiltSite(content: Self.basic)
        defer { b.remove() }
        func ids(_ path: String) throws -> [String] {
            try XMLNode.parse(try #require(b.data(path), "no \(path)")).all("entry").compactMap { $0.value("id") }
        }
        #expect(try ids("regions/ruse/feed.xml").count == 3)
        #expect(try ids("institutions/ddlrg-test/feed.xml") == [
            "tag:okm.example.bg,2016-01-05:news/novina", "tag:okm.example.bg,2015-03-10:protocols/ruse-2015-03-10",
        ])
        #expect(try ids("projects/proba/feed.xml") == ["tag:okm.example.bg,2015-04-02:events/seminar"])
        let regionFeed = try XMLNode.parse(try #require(b.data("regions/ruse/feed.xml")))
        #expect(regionFeed.all("link").contains { $0.attributes["rel"] == "alternate" && $0.attributes["href"] == "https://okm.example.bg/regions/ruse/" })
        #expect(regionFeed.all("link").contains { $0.attributes["rel"] == "self" && $0.attributes["href"] == "https://okm.example.bg/regions/ruse/feed.xml" })

        let region = b.text("regions/ruse/index.html")
        #expect(region.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Област Русе (Atom)\" href=\"/regions/ruse/feed.xml\">"))
        #expect(region.contains("<link rel=\"alternate\" type=\"text/calendar\""))
        #expect(b.text("institutions/ddlrg-test/index.html").contains("href=\"/institutions/ddlrg-test/feed.xml\""))
        #expect(b.text("index.html").contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"ОКМ\u{00A0}– проба (Atom)\" href=\"/feed.xml\">"))
        // An entity without dated records has no feed of its own.
        #expect(!b.exists("people/ivan-petrov/feed.xml"))
        #expect(!b.text("services/tsnst-test/index.html").contains("tsnst-test/feed.xml"))
    }

    /// The VEVENTs of a calendar file: each as its unfolded lines.
    static func events(_ lines: [String]) -> [[String]] {
        var out: [[String]] = [], current: [String]?
        for l in lines {
            if l == "BEGIN:VEVENT" { current = [] } else if l == "END:VEVENT" { out.append(current ?? []); current = nil } else { current?.append(l) }
        }
        return out
    }

    static func property(_ event: [String], _ name: String) -> String? {
        event.first { $0.hasPrefix(name + ":") || $0.hasPrefix(name + ";") }
    }

    @Test func calendarHasOneEventPerMeetingInSofiaTime() throws {
        let b = BuiltSite(content: Self.basic)
        defer { b.remove() }
        let raw = b.text("calendar.ics")
        #expect(raw.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(raw.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!raw.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "a line ends without CR")
        for line in raw.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75, "\(line)") }

        let lines = b.calendarLines("calendar.ics")
        #expect(lines.contains("PRODID:-//okm//okm//BG"))
        #expect(lines.contains("TZID:Europe/Sofia"))
        #expect(lines.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"))
        let events = Self.events(lines)
        #expect(events.compactMap { Self.property($0, "UID") } == [
            "UID:protocols-ruse-2015-03-10@okm.example.bg",
            "UID:events-seminar@okm.example.bg",
            "UID:protocols-ruse-2015-03-10-next-meeting@okm.example.bg",
        ])
        let meeting = events[0]
        #expect(Self.property(meeting, "DTSTART") == "DTSTART;TZID=Europe/Sofia:20150310T100000")
        #expect(Self.property(meeting, "SUMMARY") == "SUMMARY:Протокол № 3 от заседание на ОКМ – Русе")
        #expect(Self.property(meeting, "LOCATION") == "LOCATION:Зала 1")
        #expect(Self.property(meeting, "STATUS") == "STATUS:CONFIRMED")
        #expect(Self.property(meeting, "URL") == "URL;VALUE=URI:https://okm.example.bg/protocols/2015/ruse-2015-03-10/")
        let seminar = events[1]
        #expect(Self.property(seminar, "DTSTART") == "DTSTART;VALUE=DATE:20150402")
        #expect(Self.property(seminar, "DTEND") == "DTEND;VALUE=DATE:20150403")
        let next = events[2]
        #expect(Self.property(next, "STATUS") == "STATUS:TENTATIVE")
        #expect(Self.property(next, "DTSTART") == "DTSTART;VALUE=DATE:20150616")
        for e in events { #expect(Self.property(e, "DTSTAMP") != nil) }
        // Every TZID used is defined.
        for l in lines where l.contains("TZID=") { #expect(l.contains("TZID=Europe/Sofia:")) }
        #expect(b.calendarLines("regions/ruse/calendar.ics").filter { $0 == "BEGIN:VEVENT" }.count == 3)
    }

    @Test func calendarEscapesTextAndReadsTimeRanges() throws {
        let b = BuiltSite(content: Self.publishing)
        defer { b.remove() }
        #expect(b.report.succeeded, "\(b.report.diagnostics)")
        let events = Self.events(b.calendarLines("calendar.ics"))
        // One published protocol, one event, one announced meeting; the draft and its next meeting are left out.
        #expect(events.count == 3)
        let meeting = try #require(events.first { Self.property($0, "UID") == "UID:protocols-ruse-2015-03-10@okm.example.bg" })
        #expect(Self.property(meeting, "DTSTART") == "DTSTART;TZID=Europe/Sofia:20150310T100000")
        #expect(Self.property(meeting, "DTEND") == "DTEND;TZID=Europe/Sofia:20150310T123000")
        #expect(Self.property(meeting, "LOCATION") == "LOCATION:Зала 1\\, Областна администрация – Русе")
        let seminar = try #require(events.first { Self.property($0, "UID") == "UID:events-seminar@okm.example.bg" })
        #expect(Self.property(seminar, "LOCATION") == "LOCATION:гр. Русе\\, ул. „Александровска“ 1\\; зала 2")
        #expect(Self.property(seminar, "DTSTART") == "DTSTART;TZID=Europe/Sofia:20150702T100000")
    }
}
