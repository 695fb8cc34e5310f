import OKMLink
import OKMModel

/// An Atom feed: its file, the page it belongs to, and its entries, newest first.
struct FeedSpec: Sendable {
    var path: String
    var pagePath: String
    var title: String
    var entries: [Header]
}

/// Atom 1.0 (RFC 4287) feeds of the dated records: the whole site at `/feed.xml`, and
/// `feed.xml` beside every region, institution and project page that has records.
extension RenderContext {
    static let feedSize = 50

    func feeds() -> [FeedSpec] {
        let dated = datedHeaders()
        let byID = Dictionary(dated.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let siteTitle = site.settings.title
        var out = [FeedSpec(path: Route.siteFeed.path, pagePath: Route.home.path, title: siteTitle, entries: Array(dated.prefix(Self.feedSize)))]
        var byRegion: [DocumentID: [Header]] = [:]
        for h in dated {
            if let r = site.summary(h.id)?.region { byRegion[r, default: []].append(h) }
        }
        for r in site.content.regions where !r.header.draft {
            guard let entries = byRegion[r.header.id], !entries.isEmpty else { continue }
            out.append(FeedSpec(path: feedPath(r.header.id), pagePath: URLs.path(of: r.header.id, date: nil),
                                title: "\(siteTitle) – \(r.names.name)", entries: Array(entries.prefix(Self.feedSize))))
        }
        // The other kinds with a feed of their own (institutions, projects): the records that speak of them.
        let entities = site.content.headers.filter { $0.id.kind.traits.hasOwnFeed && $0.id.kind != .regions }
            .compactMap { h in site.summary(h.id).map { (h, $0.title) } }
        for (h, name) in entities where !h.draft {
            let entries = (site.backlinks[h.id] ?? []).compactMap { byID[$0] }
            guard !entries.isEmpty else { continue }
            out.append(FeedSpec(path: feedPath(h.id), pagePath: URLs.path(of: h.id, date: nil),
                                title: "\(siteTitle) – \(name)", entries: Array(entries.prefix(Self.feedSize))))
        }
        return out
    }

    func feedPath(_ id: DocumentID) -> String { Route.feed(id).path }

    /// The `<link rel="alternate">` feeds of a page: its own feed first (region, institution,
    /// project pages with records), then the whole site's. Cheap: looks at the path only.
    func feedLinks(forPage path: String) -> [LinkView] {
        let siteFeed = LinkView(title: "\(site.settings.title) (Atom)", url: url(Route.siteFeed.path))
        let parts = path.split(separator: "/").map(String.init)
        guard parts.count == 2, let kind = Kind(folder: parts[0]), kind.traits.hasOwnFeed else {
            return [siteFeed]
        }
        let id = DocumentID(kind, parts[1])
        guard let s = site.summary(id) else { return [siteFeed] }
        let hasRecords: Bool
        if kind == .regions {
            hasRecords = site.summaries.values.contains { $0.id.kind.isDated && $0.region == id }
        } else {
            hasRecords = (site.backlinks[id] ?? []).contains { $0.kind.isDated }
        }
        guard hasRecords else { return [siteFeed] }
        return [LinkView(title: "\(s.title) (Atom)", url: url(feedPath(id))), siteFeed]
    }

    /// The feed as Atom XML.
    func atom(_ feed: FeedSpec) -> String {
        var x = XMLWriter()
        x.open("feed", ["xmlns": "http://www.w3.org/2005/Atom", "xml:lang": language])
        x.element("id", absolute(feed.path))
        x.element("title", feed.title, ["type": "text"])
        x.element("subtitle", site.settings.description, ["type": "text"])
        x.element("updated", feed.entries.first.flatMap(\.archiveDate?.earliest).map(atomDate) ?? "1970-01-01T00:00:00Z")
        x.empty("link", ["rel": "self", "type": "application/atom+xml", "href": absolute(feed.path)])
        x.empty("link", ["rel": "alternate", "type": "text/html", "href": absolute(feed.pagePath)])
        x.open("author")
        x.element("name", site.settings.title)
        x.element("uri", absolute("/"))
        x.close()
        x.element("generator", "okm")
        for h in feed.entries {
            // An inexact date (`2016~`, `2016/..`): Atom needs a full timestamp, so the entry
            // carries the earliest day the date allows (a bound the EDTF states, not a day made
            // up for the event), and the date as written in Dublin Core's `date` beside it.
            guard let s = site.summary(h.id), let a = h.archiveDate, let date = a.earliest else { continue }
            x.open("entry")
            x.element("id", a.exactDay == nil ? tagURI(h.id, year: String(date.iso.prefix(4))) : tagURI(h.id, date: date))
            x.element("title", s.title, ["type": "text"])
            x.empty("link", ["rel": "alternate", "type": "text/html", "href": absolute(s.url)])
            x.element("published", atomDate(date))
            x.element("updated", atomDate(date))
            if a.exactDay == nil { x.element("dc:date", a.text, ["xmlns:dc": "http://purl.org/dc/elements/1.1/"]) }
            x.empty("category", ["term": h.id.kind.folder, "label": label(h.id.kind.folder)])
            if let r = region(of: h.id) {
                x.empty("category", ["term": "regions/\(r.header.id.slug)", "label": r.names.name])
            }
            x.element("summary", summaryText(h), ["type": "text"])
            x.close()
        }
        x.close()
        return x.text
    }

    /// `tag:okm.example.bg,2014-11-25:protocols/ruse-2014-11-25` (RFC 4151): stays the same
    /// however often the site is rebuilt, and whatever else changes in the record.
    func tagURI(_ id: DocumentID, date: Day) -> String {
        "tag:\(host),\(date.iso):\(id.kind.folder)/\(id.slug)"
    }

    /// `tag:okm.example.bg,2016:events/x` for a record whose date is not one day (RFC 4151
    /// takes a year as the tag's date).
    func tagURI(_ id: DocumentID, year: String) -> String {
        "tag:\(host),\(year):\(id.kind.folder)/\(id.slug)"
    }

    /// Records carry a day, not a time: midnight UTC of that day.
    func atomDate(_ d: Day) -> String { d.iso + "T00:00:00Z" }
}
