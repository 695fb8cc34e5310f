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
/// Inputs: the site (its published dated records), the language and its words (categories),
/// and how to write an address in full.
struct FeedFiles: Generator {
    static let feedSize = 50
    let site: Site
    let language: String
    let labels: Labels
    let urls: AbsoluteURLs

    func jobs() -> [RenderJob] {
        let generator = self
        return feeds().map { feed in RenderJob.text(String(feed.path.dropFirst()), .generated("feed")) { generator.atom(feed) } }
    }

    func feeds() -> [FeedSpec] {
        let dated = datedHeaders()
        let byID = Dictionary(dated.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let siteTitle = site.settings.title
        var out = [FeedSpec(path: Route.siteFeed.path, pagePath: Route.home.path, title: siteTitle, entries: Array(dated.prefix(Self.feedSize)))]
        var byRegion: [DocumentID: [Header]] = [:]
        for h in dated {
            if let r = site.summary(h.id)?.region { byRegion[r, default: []].append(h) }
        }
        for r in site.regions where !r.header.draft {
            guard let entries = byRegion[r.header.id], !entries.isEmpty else { continue }
            out.append(FeedSpec(path: Route.feed(r.header.id).path, pagePath: URLs.path(of: r.header.id, date: nil),
                                title: "\(siteTitle) – \(r.names.name)", entries: Array(entries.prefix(Self.feedSize))))
        }
        // The other kinds with a feed of their own (institutions, projects): the records that speak of them.
        let entities = Content.order.filter { $0.traits.hasOwnFeed && $0 != .regions }.flatMap { site.headers(of: $0) }
            .compactMap { h in site.summary(h.id).map { (h, $0.title) } }
        for (h, name) in entities where !h.draft {
            let entries = site.backlinks(of: h.id).compactMap { byID[$0] }
            guard !entries.isEmpty else { continue }
            out.append(FeedSpec(path: Route.feed(h.id).path, pagePath: URLs.path(of: h.id, date: nil),
                                title: "\(siteTitle) – \(name)", entries: Array(entries.prefix(Self.feedSize))))
        }
        return out
    }

    /// The published records with a date, newest first by the earliest day the date can be
    /// (an exact day's is that day; then by id, for a stable order). A date open at its start
    /// (`../2016`) has no earliest day and is left out (feeds need one).
    func datedHeaders() -> [Header] {
        let c = site  // its lists, each read as a kind's (`SiteReads`)
        let all = c.protocols.map(\.header) + c.news.map(\.header) + c.events.map(\.header)
        return all.compactMap { h in h.draft ? nil : h.archiveDate?.earliest.map { (h, $0) } }
            .sorted { ($0.1, $1.0.id) > ($1.1, $0.0.id) }
            .map(\.0)
    }

    /// The feed as Atom XML.
    func atom(_ feed: FeedSpec) -> String {
        var x = XMLWriter()
        x.open("feed", ["xmlns": "http://www.w3.org/2005/Atom", "xml:lang": language])
        x.element("id", urls.absolute(feed.path))
        x.element("title", feed.title, ["type": "text"])
        x.element("subtitle", site.settings.description, ["type": "text"])
        x.element("updated", feed.entries.first.flatMap(\.archiveDate?.earliest).map(atomDate) ?? "1970-01-01T00:00:00Z")
        x.empty("link", ["rel": "self", "type": "application/atom+xml", "href": urls.absolute(feed.path)])
        x.empty("link", ["rel": "alternate", "type": "text/html", "href": urls.absolute(feed.pagePath)])
        x.open("author")
        x.element("name", site.settings.title)
        x.element("uri", urls.absolute("/"))
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
            x.empty("link", ["rel": "alternate", "type": "text/html", "href": urls.absolute(s.url)])
            x.element("published", atomDate(date))
            x.element("updated", atomDate(date))
            if a.exactDay == nil { x.element("dc:date", a.text, ["xmlns:dc": "http://purl.org/dc/elements/1.1/"]) }
            x.empty("category", ["term": h.id.kind.folder, "label": labels.label(h.id.kind.folder)])
            if let r = site.region(of: h.id) {
                x.empty("category", ["term": "regions/\(r.header.id.slug)", "label": r.names.name])
            }
            x.element("summary", h.summaryText, ["type": "text"])
            x.close()
        }
        x.close()
        return x.text
    }

    /// `tag:okm.example.bg,2014-11-25:protocols/ruse-2014-11-25` (RFC 4151): stays the same
    /// however often the site is rebuilt, and whatever else changes in the record.
    func tagURI(_ id: DocumentID, date: Day) -> String {
        "tag:\(urls.host),\(date.iso):\(id.kind.folder)/\(id.slug)"
    }

    /// `tag:okm.example.bg,2016:events/x` for a record whose date is not one day (RFC 4151
    /// takes a year as the tag's date).
    func tagURI(_ id: DocumentID, year: String) -> String {
        "tag:\(urls.host),\(year):\(id.kind.folder)/\(id.slug)"
    }

    /// Records carry a day, not a time: midnight UTC of that day.
    func atomDate(_ d: Day) -> String { d.iso + "T00:00:00Z" }
}
