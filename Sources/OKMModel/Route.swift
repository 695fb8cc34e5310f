/// Every URL okm writes, made in one place; `.path` is the address from the site's root
/// (`/protocols/2014/ruse-2014-11-25/`). Nothing parses a URL back: code that needs a place
/// asks for its route. The top-level folders okm writes (`Route.generatedFolders`) are where
/// the reserved page slugs and the static-file checks come from.
public enum Route: Sendable, Hashable {
    /// A record's own page: dated kinds under their known year (or `undated/`), pages at the root.
    case record(DocumentID, ArchiveDate?)
    /// A kind's list, `/<kind>/`.
    case list(Kind)
    /// A dated kind's records of one year, `/<kind>/<year>/`, or without a known year, `/<kind>/undated/`.
    case year(Kind, Int?)
    /// A kind's records in one region, `/regions/<slug>/<kind>/`.
    case regionList(region: String, Kind)
    /// The protocols of one region and year as a printed volume, `/regions/<slug>/protocols/<year>/`.
    case printVolume(region: String, year: Int)
    /// The closures of the institutions, of all or of one region.
    case closures(region: String?)
    /// The decisions of the protocols, of all or of one region.
    case decisions(region: String?)
    /// The decisions by their status, `/decisions/<status>/`.
    case decisionStatus(String)
    /// The list of those responsible for decisions, and the decisions of one of them.
    case responsibleIndex
    case responsible(DocumentID)
    /// Atom feeds: the site's, and a record's own beside its page.
    case siteFeed
    case feed(DocumentID)
    /// iCalendar files: the site's, and a region's.
    case calendar(region: String?)
    /// The open-data page, and one of its files (`/data/protocols.json`).
    case dataPage
    case dataFile(String)
    /// The closures as open data (`/closures/closures.csv`).
    case closuresData(String)
    /// The JSON Schema of the front matter (`/schema/<file>`).
    case schemaFile(String)
    case search
    case notFound
    case accessibility
    case home
    case sitemap
    /// A file of the theme or of Pagefind (`/assets/style.css`, `/pagefind/pagefind-ui.js`).
    case asset(String)
    case pagefind(String)

    /// The folder of a dated kind's records without a known year, and of their list.
    public static let undatedFolder = "undated"

    public var path: String {
        switch self {
        case .record(let id, let date):
            let t = id.kind.traits
            if id.kind == .pages { return "/\(id.slug)/" }
            guard t.isDated, let date else { return "/\(id.kind.folder)/\(id.slug)/" }
            if let year = date.knownYear { return "/\(id.kind.folder)/\(year)/\(id.slug)/" }
            return "/\(id.kind.folder)/\(Self.undatedFolder)/\(id.slug)/"
        case .list(let kind): return "/\(kind.folder)/"
        case .year(let kind, let year): return "/\(kind.folder)/\(year.map(String.init) ?? Self.undatedFolder)/"
        case .regionList(let region, let kind): return "/regions/\(region)/\(kind.folder)/"
        case .printVolume(let region, let year): return "/regions/\(region)/protocols/\(year)/"
        case .closures(let region): return region.map { "/regions/\($0)/closures/" } ?? "/closures/"
        case .decisions(let region): return region.map { "/regions/\($0)/decisions/" } ?? "/decisions/"
        case .decisionStatus(let status): return "/decisions/\(status)/"
        case .responsibleIndex: return "/decisions/responsible/"
        case .responsible(let id): return "/decisions/\(id.kind.folder)/\(id.slug)/"
        case .siteFeed: return "/feed.xml"
        case .feed(let id): return "/\(id.kind.folder)/\(id.slug)/feed.xml"
        case .calendar(let region): return region.map { "/regions/\($0)/calendar.ics" } ?? "/calendar.ics"
        case .dataPage: return "/data/"
        case .dataFile(let name): return "/data/" + name
        case .closuresData(let name): return "/closures/" + name
        case .schemaFile(let name): return "/schema/" + name
        case .search: return "/search/"
        case .notFound: return "/404.html"
        case .accessibility: return "/accessibility/"
        case .home: return "/"
        case .sitemap: return "/sitemap.xml"
        case .asset(let name): return "/assets/" + name
        case .pagefind(let name): return "/pagefind/" + name
        }
    }

    /// The page of a list split into pages: page 1 is the list itself, page N at `<list>page/N/`.
    public static func page(_ n: Int, of list: String) -> String { n <= 1 ? list : "\(list)page/\(n)/" }

    /// Top-level folders wholly okm's own: no page may be named like them and no static file of
    /// content/ may go into them. (`feeds/` and `calendar/` are kept free for the feeds and
    /// calendars, which are files at the root today.)
    public static let generatedFolders = ["data", "search", "pagefind", "closures", "decisions", "feeds", "calendar", "accessibility", "404", "schema"]
    /// Top-level folders okm shares: the theme's files beside content/'s assets, the English edition.
    public static let sharedFolders = ["assets", "en"]
    /// Every first URL segment okm writes or keeps: the kind folders, the generated and the shared folders.
    public static var reservedTopLevelNames: Set<String> {
        Set(Kind.allCases.map(\.folder) + generatedFolders + sharedFolders)
    }
}
