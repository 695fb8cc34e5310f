import OKMLink
import OKMModel

/// The files a site publishes besides its pages — feeds, calendars, open data, the search,
/// data and accessibility pages — and what they share: only published records (never
/// drafts, even in a `--drafts` build), only the public blocks of a body (never its confidential ones).
extension RenderContext {
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

/// What feeds, calendars, open data and the pages' linked data say of a record, from the
/// record and the site alone.
extension Header {
    /// `summary:`, else the plain text of the body's first paragraph.
    var summaryText: String? {
        summary ?? Outline.firstParagraph(body.blocks)
    }

    /// The public text of a body: its blocks only, paragraphs separated by blank lines.
    var publicText: String? {
        let text = body.blocks.map(\.plainText).filter { !$0.isEmpty }.joined(separator: "\n\n")
        return text.isEmpty ? nil : text
    }
}

extension Site {
    /// The region a document belongs to, and its display names.
    func region(of id: DocumentID) -> Region? {
        guard let r = summary(id)?.region else { return nil }
        return region(r)
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
