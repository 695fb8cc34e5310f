import OKMLink
import OKMModel
import OKMTemplate

/// The files a site publishes besides its pages — feeds, calendars, open data, the search,
/// data and accessibility pages — and what they share: only published records (never
/// drafts, even in a `--drafts` build), only the public blocks of a body (never its confidential ones).
extension RenderContext {
    /// One job per file, added to the renderer's jobs and run with them on every core.
    func publishingJobs(theme: Theme, search: Bool) -> [RenderJob] {
        var jobs: [RenderJob] = []
        func text(_ path: String, _ what: String, _ make: @escaping @Sendable () -> String) {
            jobs.append(RenderJob(path: path, owner: .generated(what)) { OutputFile(path: path, contents: .text(make())) })
        }
        func page(_ path: String, _ what: String, _ template: String, _ make: @escaping @Sendable () -> any TemplateView) {
            let file = URLs.file(for: path)
            jobs.append(RenderJob(path: file, owner: .generated(what)) { OutputFile(path: file, contents: .text(Renderer.render(theme, template, make()))) })
        }
        for feed in feeds() {
            text(String(feed.path.dropFirst()), "feed") { atom(feed) }
        }
        text(String(Route.calendar(region: nil).path.dropFirst()), "calendar") { calendar(region: nil) }
        for r in calendarRegions() {
            text(String(Route.calendar(region: r.slug).path.dropFirst()), "calendar") { calendar(region: r) }
        }
        for file in OpenData.catalog {
            let path = "data/" + file.name
            jobs.append(RenderJob(path: path, owner: .generated("open data file")) {
                OutputFile(path: path, contents: .stream { emit in openData(file, emit: emit) })
            })
        }
        page(Route.dataPage.path, "open data page", "data") { dataPageView() }
        page(Route.search.path, "search page", "search") { searchView(available: search) }
        if let statement = site.settings.accessibility {
            page(Route.accessibility.path, "accessibility statement", "accessibility") { accessibilityView(statement) }
        }
        return jobs
    }

    /// The published records with a date, newest first by the earliest day the date can be
    /// (an exact day's is that day; then by id, for a stable order). A date open at its start
    /// (`../2016`) has no earliest day and is left out (feeds need one).
    func datedHeaders() -> [Header] {
        let c = site.content
        let all = c.protocols.map(\.header) + c.news.map(\.header) + c.events.map(\.header)
        return all.compactMap { h in h.draft ? nil : h.archiveDate?.earliest.map { (h, $0) } }
            .sorted { ($0.1, $1.0.id) > ($1.1, $0.0.id) }
            .map(\.0)
    }

    /// The host of base_url (`okm.example.bg`), for tag: URIs and calendar UIDs.
    var host: String {
        guard let scheme = absoluteBase.range(of: "://") else { return "localhost" }
        let rest = absoluteBase[scheme.upperBound...]
        let hostPort = rest.prefix { $0 != "/" }
        let h = hostPort.split(separator: ":").first.map(String.init) ?? ""
        return h.isEmpty ? "localhost" : h.lowercased()
    }

    /// `summary:`, else the plain text of the body's first paragraph.
    func summaryText(_ h: Header) -> String? {
        h.summary ?? Outline.firstParagraph(h.body.blocks)
    }

    /// The public text of a body: its blocks only, paragraphs separated by blank lines.
    func publicText(_ h: Header) -> String? {
        let text = h.body.blocks.map(\.plainText).filter { !$0.isEmpty }.joined(separator: "\n\n")
        return text.isEmpty ? nil : text
    }

    /// The region a document belongs to, and its display names.
    func region(of id: DocumentID) -> Region? {
        guard let r = site.summary(id)?.region else { return nil }
        return site.region(r)
    }

    /// A file named in front matter as an absolute URL.
    func absoluteAsset(_ src: String, of h: Header) -> SafeURL? {
        guard let u = assetURL(src, of: h)?.string else { return nil }
        return SafeURL(content: u.hasPrefix("/") ? absolute(String(u.dropFirst(root.count))) : u)
    }

    /// The links every page's footer carries to the publishing files.
    func footerLinks() -> [LinkView] {
        var links = [
            LinkView(title: label("search"), url: url(Route.search.path)),
            LinkView(title: label("open_data"), url: url(Route.dataPage.path)),
            LinkView(title: label("feed_subscribe"), url: url(Route.siteFeed.path)),
            LinkView(title: label("calendar_subscribe"), url: url(Route.calendar(region: nil).path)),
        ]
        if site.settings.accessibility != nil {
            links.append(LinkView(title: label("accessibility_statement"), url: url(Route.accessibility.path)))
        }
        return links
    }
}

extension Day {
    /// The day after this one.
    var next: Day {
        if let d = Day(year: year, month: month, day: day + 1) { return d }
        if let d = Day(year: year, month: month + 1, day: 1) { return d }
        return Day(year: year + 1, month: 1, day: 1) ?? self
    }

    /// 0 = Sunday … 6 = Saturday (Gregorian).
    var weekday: Int {
        let y = month < 3 ? year - 1 : year
        let t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        return (y + y / 4 - y / 100 + y / 400 + t[month - 1] + day) % 7
    }

    /// `20141125`
    var compact: String { iso.replacingOccurrences(of: "-", with: "") }
}
