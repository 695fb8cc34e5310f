import OKMLink
import OKMModel

/// What the head of a page carries besides its title: Open Graph, the feeds and calendars
/// it belongs to, its JSON-LD, what Pagefind indexes about it, and the footer's links.
struct PageMeta: Sendable {
    var ogType = "website"
    var ogTitle: String
    var ogLocale: String
    var ogImage: SafeURL? = nil
    var feeds: [LinkView] = []
    var calendars: [LinkView] = []
    /// schema.org JSON-LD, already safe inside `<script>`.
    var jsonLD: String? = nil
    /// Set on the pages Pagefind indexes (published documents); nil elsewhere.
    var search: SearchMeta? = nil
    var footerLinks: [LinkView] = []
}

/// One `data-pagefind-filter`. Pagefind's UI puts filter names and values into the page as
/// HTML (innerHTML), after decoding character references in them more than once, so no
/// escaping survives the trip: `&`, `<` and `>` are given as look-alike characters (＆ ‹ ›)
/// instead, and no markup can reach it.
struct SearchFilter: Sendable {
    var key: String
    var value: String

    init(key: String, value: String) {
        self.key = Self.inert(key)
        self.value = Self.inert(value)
    }

    static func inert(_ s: String) -> String {
        guard s.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" }) else { return s }
        return String(s.map { c -> Character in
            switch c {
            case "&": return "＆"
            case "<": return "‹"
            case ">": return "›"
            default: return c
            }
        })
    }
}

/// `data-pagefind-filter` and `data-pagefind-sort` of a document, the weight of its title
/// (`data-pagefind-weight` of its `h1`) and its names in Latin letters (indexed in a hidden element).
struct SearchMeta: Sendable {
    var filters: [SearchFilter]
    var sortDate: String?
    /// The words of the region's name (a record of a region) and of an entity's short names
    /// that are not in its title, weighted as the title is; nil when there are none.
    var names: String?
    /// The title and `names` in Latin letters, so that "Ruse" finds "Русе" and the result's
    /// excerpt is this readable line.
    var latin: String
    /// On a region's page and on its latest protocol, the region's name (Cyrillic), counted
    /// again with `weight`: what a search for a region's name should find first.
    var lead: String?
    /// `data-pagefind-weight` of the title and of `latin`: what a search for them should find first ranks first.
    var weight: String
}

extension RenderContext {
    /// The head of any page (set by `chrome`): the home page and a record's own page carry
    /// their feeds and calendars.
    func pageMeta(title: String, home: Bool, record: DocumentID?) -> PageMeta {
        var m = PageMeta(ogTitle: title, ogLocale: language == "en" ? "en_GB" : "bg_BG")
        m.feeds = feedLinks(of: record)
        if home {
            m.calendars = [LinkView(title: label("calendar_subscribe"), url: url(Route.calendar(region: nil).path))]
        } else if let region = record, region.kind == .regions, CalendarFiles.regions(site).contains(region) {
            m.calendars = [LinkView(title: label("calendar_subscribe"), url: url(Route.calendar(region: region.slug).path))]
        }
        m.footerLinks = footerLinks()
        return m
    }

    /// A document page's chrome with what only a document has: article type, picture, search data.
    func withRecordMeta(_ chrome: Chrome, _ h: Header, title: String) -> Chrome {
        var c = chrome
        guard var m = c.meta else { return c }
        if h.id.kind.isDated { m.ogType = "article" }
        m.ogImage = h.images.first.flatMap { absoluteAsset($0.src, of: h) }
        if !h.draft { m.search = searchMeta(h, title: title) }
        c.meta = m
        return c
    }

    func searchMeta(_ h: Header, title: String) -> SearchMeta {
        var filters = [SearchFilter(key: label("filter_kind"), value: label(h.id.kind.folder))]
        let region = site.region(of: h.id) ?? (h.id.kind == .regions ? site.region(h.id) : nil)
        if let r = region { filters.append(SearchFilter(key: label("filter_region"), value: r.names.display)) }
        if let year = h.archiveDate?.knownYear, h.id.kind.isDated { filters.append(SearchFilter(key: label("filter_year"), value: String(year))) }
        let names = searchNames(h, title: title, region: region)
        return SearchMeta(filters: filters, sortDate: h.id.kind.isDated ? h.archiveDate?.earliest?.iso : nil,
                          names: names.isEmpty ? nil : names.joined(separator: " "),
                          latin: ([title] + (names.isEmpty ? [] : [names.joined(separator: " ")])).map(Slug.transliterate).joined(separator: " · "),
                          lead: h.id.kind == .regions || isLatestProtocol(h.id) ? region?.names.name : nil,
                          weight: Self.searchWeight(h.id, latestOfRegion: isLatestProtocol(h.id)))
    }

    /// The words of the region's name (a record of a region) and of an entity's short names and
    /// aliases that its title does not hold, each once (and none of two letters): a name
    /// repeated in every alias would rank a page by how many aliases it has.
    func searchNames(_ h: Header, title: String, region: Region?) -> [String] {
        var seen = Set(Self.searchWords(title))
        var extra: [String] = []
        let names = (h.id.kind.isEntity ? [] : region.map { [$0.names.name] } ?? []) + entityNames(h.id)
        for name in names {
            for word in name.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            where word.count > 2 && seen.insert(word.lowercased()).inserted {
                extra.append(word)
            }
        }
        return extra
    }

    /// The words of `text` as Pagefind counts them (letters and digits), lower-cased.
    static func searchWords(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// The weight of a page's title and Latin names (Pagefind counts a word as its weight; an
    /// `h1` is 7 unless told, text 1). For a region's name the region's page comes first, then
    /// its latest protocol, then its other records, then the entities named after it
    /// (institutions, organizations…), which keep the default weight of a heading.
    static func searchWeight(_ id: DocumentID, latestOfRegion: Bool) -> String {
        if id.kind == .protocols && latestOfRegion { return "10" }
        return String(id.kind.traits.searchWeight)
    }

    /// Whether `id` is the newest protocol of its mechanism.
    func isLatestProtocol(_ id: DocumentID) -> Bool {
        guard id.kind == .protocols, let region = site.summary(id)?.region else { return false }
        return site.protocols(inRegion: region.slug).last == id
    }

    /// The short names and aliases of an entity (its name is the title).
    func entityNames(_ id: DocumentID) -> [String] {
        let names: Names?
        switch id.kind {
        case .institutions: names = site.institution(id)?.names
        case .services: names = site.service(id)?.names
        case .projects: names = site.project(id)?.names
        case .organizations: names = site.organization(id)?.names
        case .regions: names = site.region(id)?.names
        case .protocols, .news, .events, .people, .pages: names = nil
        }
        guard let names else { return [] }
        return (names.short.map { [$0] } ?? []) + names.aliases
    }
}

/// Local time in Europe/Sofia: EET (+02:00), EEST (+03:00) from the last Sunday of March,
/// 03:00, to the last Sunday of October, 04:00 (the EU rule, in force since 1997).
enum SofiaTime {
    static func lastSunday(month: Int, year: Int) -> Day {
        let last = Day(year: year, month: month, day: Day.daysIn(month: month, year: year))!
        return Day(year: year, month: month, day: last.day - last.weekday)!
    }

    static func isSummerTime(_ d: Day, _ t: ClockTime) -> Bool {
        let start = lastSunday(month: 3, year: d.year), end = lastSunday(month: 10, year: d.year)
        if d < start || d > end { return false }
        if d == start { return t.hour >= 3 }
        if d == end { return t.hour < 4 }
        return true
    }

    /// `2015-02-04T10:00:00+02:00`, or the date alone when the time is not known.
    static func dateTime(_ d: Day, _ t: ClockTime?) -> String {
        guard let t else { return d.iso }
        return "\(d.iso)T\(t.hhmm):00" + (isSummerTime(d, t) ? "+03:00" : "+02:00")
    }
}

extension RenderContext {
    /// The `<link rel="alternate">` feeds of a page: its own feed first (region, institution,
    /// project pages with records), then the whole site's.
    func feedLinks(of record: DocumentID?) -> [LinkView] {
        let siteFeed = LinkView(title: "\(site.settings.title) (Atom)", url: url(Route.siteFeed.path))
        guard let id = record, id.kind.traits.hasOwnFeed else { return [siteFeed] }
        let kind = id.kind
        guard let s = site.summary(id) else { return [siteFeed] }
        let hasRecords: Bool
        if kind == .regions {
            hasRecords = site.summaries.values.contains { $0.id.kind.isDated && $0.region == id }
        } else {
            hasRecords = site.backlinks(of: id).contains { $0.kind.isDated }
        }
        guard hasRecords else { return [siteFeed] }
        return [LinkView(title: "\(s.title) (Atom)", url: url(Route.feed(id).path)), siteFeed]
    }
}
