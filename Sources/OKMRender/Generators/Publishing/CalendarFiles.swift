import OKMLink
import OKMModel

/// One VEVENT: a meeting (a protocol), an event, or an announced next meeting.
struct CalendarEvent: Sendable {
    var uid: String
    var summary: String
    var day: Day
    var start: ClockTime?
    var end: ClockTime?
    var location: String?
    var description: String?
    var url: String
    var tentative: Bool
    var categories: [String]
}

/// iCalendar (RFC 5545) feeds of the mechanisms' meetings and events: `/calendar.ics` and
/// `/regions/<slug>/calendar.ics`. Times are local to Europe/Sofia, with its VTIMEZONE.
/// Inputs: the site (its published meetings and events), the words of the language
/// (categories, the announced meeting's summary), and how to write an address in full.
struct CalendarFiles: Generator {
    let site: Site
    let labels: Labels
    let urls: AbsoluteURLs

    func jobs() -> [RenderJob] {
        let generator = self
        var jobs = [RenderJob.text(String(Route.calendar(region: nil).path.dropFirst()), .generated("calendar")) { generator.calendar(region: nil) }]
        for r in Self.regions(site) {
            jobs.append(.text(String(Route.calendar(region: r.slug).path.dropFirst()), .generated("calendar")) { generator.calendar(region: r) })
        }
        return jobs
    }

    func calendarEvents(region: DocumentID?) -> [CalendarEvent] {
        let c = site  // its lists, each read as a kind's (`SiteReads`)
        func inRegion(_ h: Header) -> Bool { !h.draft && (region == nil || site.summary(h.id)?.region == region) }
        func base(_ h: Header, _ time: String?, place: String?, category: String) -> CalendarEvent? {
            guard let date = h.date, let s = site.summary(h.id) else { return nil }
            let clock = time.flatMap(ClockTime.parse)
            return CalendarEvent(uid: "\(h.id.kind.folder)-\(h.id.slug)@\(urls.host)", summary: s.title, day: date,
                                 start: clock?.start, end: clock?.end, location: place ?? site.region(of: h.id)?.names.name,
                                 description: h.summaryText, url: urls.absolute(s.url), tentative: false, categories: [category])
        }
        var out: [CalendarEvent] = []
        var meetingDays: Set<String> = []
        for p in c.protocols where inRegion(p.header) {
            if let e = base(p.header, p.time, place: p.place, category: labels.label("protocols")) {
                out.append(e)
                meetingDays.insert("\(site.summary(p.header.id)?.region?.slug ?? "")/\(e.day.iso)")
            }
        }
        for e in c.events where inRegion(e.header) {
            if let ev = base(e.header, e.time, place: e.place, category: labels.label("format_\(e.format.rawValue)")) { out.append(ev) }
        }
        // An announced meeting, until the protocol of that meeting is published; one announced
        // without an exact day (`2015-06`) is left out, as records without one are.
        for p in c.protocols where inRegion(p.header) {
            guard let next = p.nextMeeting?.exactDay, let s = site.summary(p.header.id) else { continue }
            let r = site.region(of: p.header.id)
            guard !meetingDays.contains("\(r?.header.id.slug ?? "")/\(next.iso)") else { continue }
            out.append(CalendarEvent(
                uid: "protocols-\(p.header.id.slug)-next-meeting@\(urls.host)",
                summary: [labels.label("next_meeting"), r.map { "\(labels.label("mechanism")) – \($0.names.display)" }].compactMap { $0 }.joined(separator: ": "),
                day: next, start: nil, end: nil, location: r?.names.name,
                description: "\(labels.label("announced_in")): \(s.title)", url: urls.absolute(s.url), tentative: true,
                categories: [labels.label("protocols")]))
        }
        return out.sorted { ($0.day, $0.uid) < ($1.day, $1.uid) }
    }

    /// Regions whose mechanism has anything in the calendar.
    static func regions(_ site: Site) -> [DocumentID] {
        let c = site  // its lists, each read as a kind's (`SiteReads`)
        let ids = (c.protocols.map(\.header) + c.events.map(\.header)).filter { !$0.draft }.compactMap { site.summary($0.id)?.region }
        return Set(ids).sorted()
    }

    func calendar(region: DocumentID?) -> String {
        let name = region.flatMap { site.summary($0)?.title }.map { "\(site.settings.title) – \($0)" } ?? site.settings.title
        return ICalendar.document(name: name, events: calendarEvents(region: region))
    }
}

/// A time of day written in a record's free-text `time` ("10:00", "10.30 ч.", "10:00 – 12:30").
struct ClockTime: Sendable, Hashable, Comparable {
    var hour: Int
    var minute: Int

    /// The first time in the text, and a second one as the end when it is later.
    static func parse(_ text: String) -> (start: ClockTime, end: ClockTime?)? {
        let u = Array(text.unicodeScalars)
        var found: [ClockTime] = []
        var i = 0
        func digit(_ k: Int) -> Int? { k < u.count && ("0"..."9").contains(u[k]) ? Int(u[k].value - 48) : nil }
        while i < u.count, found.count < 2 {
            guard let d0 = digit(i), i == 0 || digit(i - 1) == nil else { i += 1; continue }
            var h = d0, j = i + 1
            if let d1 = digit(j) { h = h * 10 + d1; j += 1 }
            if j < u.count, u[j] == ":" || u[j] == ".", let m0 = digit(j + 1), let m1 = digit(j + 2), digit(j + 3) == nil,
               h < 24, m0 * 10 + m1 < 60 {
                found.append(ClockTime(hour: h, minute: m0 * 10 + m1))
                i = j + 3
            } else {
                i = j
            }
        }
        guard let start = found.first else { return nil }
        let end = found.count > 1 && found[1] > start ? found[1] : nil
        return (start, end)
    }

    /// `T100000`
    var compact: String { "T" + two(hour) + two(minute) + "00" }
    var hhmm: String { two(hour) + ":" + two(minute) }
    private func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    static func < (a: ClockTime, b: ClockTime) -> Bool { (a.hour, a.minute) < (b.hour, b.minute) }
}

/// Writes iCalendar text: CRLF line ends, lines folded at 75 octets, TEXT values escaped.
enum ICalendar {
    static let timeZone = "Europe/Sofia"

    /// Europe/Sofia since 1997: EET (+02:00), EEST (+03:00) from the last Sunday of March,
    /// 03:00, to the last Sunday of October, 04:00 local time.
    static let vtimezone = [
        "BEGIN:VTIMEZONE", "TZID:Europe/Sofia", "X-LIC-LOCATION:Europe/Sofia",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300", "TZNAME:EEST",
        "DTSTART:19970330T030000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200", "TZNAME:EET",
        "DTSTART:19971026T040000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]

    static func document(name: String, events: [CalendarEvent]) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//okm//okm//BG", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
                     "X-WR-CALNAME:" + escape(name), "X-WR-TIMEZONE:" + timeZone]
        lines += vtimezone
        for e in events {
            lines += ["BEGIN:VEVENT", "UID:" + e.uid, "DTSTAMP:" + e.day.compact + "T000000Z"]
            if let start = e.start {
                lines.append("DTSTART;TZID=\(timeZone):" + e.day.compact + start.compact)
                if let end = e.end { lines.append("DTEND;TZID=\(timeZone):" + e.day.compact + end.compact) }
            } else {
                lines.append("DTSTART;VALUE=DATE:" + e.day.compact)
                lines.append("DTEND;VALUE=DATE:" + e.day.next.compact)
            }
            lines.append("SUMMARY:" + escape(e.summary))
            if let l = e.location { lines.append("LOCATION:" + escape(l)) }
            if let d = e.description { lines.append("DESCRIPTION:" + escape(d)) }
            lines.append("URL;VALUE=URI:" + e.url)
            lines.append("STATUS:" + (e.tentative ? "TENTATIVE" : "CONFIRMED"))
            if !e.categories.isEmpty { lines.append("CATEGORIES:" + e.categories.map(escape).joined(separator: ",")) }
            lines.append("TRANSP:" + (e.tentative ? "TRANSPARENT" : "OPAQUE"))
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, and line ends as `\n`.
    static func escape(_ s: String) -> String {
        var out = ""
        var lastWasCR = false
        for c in s.unicodeScalars {
            defer { lastWasCR = c == "\r" }
            switch c {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !lastWasCR { out += "\\n" }
            default:
                if c.value < 0x20 && c != "\t" || c.value == 0x7F { continue }
                out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Folds a content line so no line is longer than 75 octets (RFC 5545 §3.1); a
    /// continuation line starts with a space, and no UTF-8 character is split.
    static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var out = ""
        var current = 0
        var limit = 75
        for c in line.unicodeScalars {
            let n = String(c).utf8.count
            if current + n > limit {
                out += "\r\n "
                current = 1
                limit = 75
            }
            out.unicodeScalars.append(c)
            current += n
        }
        return out
    }
}
