public struct MenuItem: Sendable, Hashable {
    public var title: String
    public var url: String
    /// The text in an English build (`title_en`); nil: the Bulgarian `title`, marked `lang="bg"`.
    public var titleEnglish: String? = nil

    public init(title: String, url: String) {
        self.title = title
        self.url = url
    }
}

/// `content/site.yml`.
public struct SiteSettings: Sendable, Hashable {
    public var title: String
    public var description: String?
    /// `title_en`, `description_en`: the site's title and description in an English build.
    public var titleEnglish: String? = nil
    public var descriptionEnglish: String? = nil
    public var baseURL: String
    public var language: String
    public var menu: [MenuItem]
    /// Raw HTML in bodies is dropped unless the site opts in.
    public var allowRawHTML: Bool
    /// The accessibility statement published at `/accessibility/`; none when absent.
    public var accessibility: AccessibilityStatement? = nil
    /// How the mechanisms number their protocols, unless a region's `mechanism` says otherwise.
    public var protocolNumbering: ProtocolNumbering = .yearly

    /// The languages of the site's UI (site.yml's `language`, `--language`).
    public static let languages = ["bg", "en"]

    /// "must be bg or en, found 'xx'"; nil for a language okm has.
    public static func languageProblem(_ language: String) -> Message? {
        languages.contains(language) ? nil : Message("language.notOne", ["languages": .or(languages.map { .text($0) }), "found": "\(language)"])
    }

    public init(title: String = "ОКМ", description: String? = nil, baseURL: String = "/",
                language: String = "bg", menu: [MenuItem] = [], allowRawHTML: Bool = false) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.language = language
        self.menu = menu
        self.allowRawHTML = allowRawHTML
    }
}

/// Every document of the content folder, typed, as the Load stage returns it.
public struct Content: Sendable, Hashable {
    public var settings: SiteSettings
    public var protocols: [ProtocolRecord] = []
    public var news: [NewsItem] = []
    public var events: [Event] = []
    public var pages: [Page] = []
    public var institutions: [Institution] = []
    public var services: [Service] = []
    public var projects: [Project] = []
    public var organizations: [Organization] = []
    public var people: [Person] = []
    public var regions: [Region] = []

    public init(settings: SiteSettings) { self.settings = settings }

    /// The kinds in the order `headers` lists their records (what pages listing every record follow).
    public static let order: [Kind] = [.protocols, .news, .events, .pages, .institutions, .services, .projects, .organizations, .people, .regions]

    /// The headers of every document, in kind order (`order`) then path order.
    public var headers: [Header] { Self.order.flatMap(headers(of:)) }

    /// The headers of one kind's records, in path order.
    public func headers(of kind: Kind) -> [Header] {
        switch kind {
        case .protocols: protocols.map(\.header)
        case .news: news.map(\.header)
        case .events: events.map(\.header)
        case .pages: pages.map(\.header)
        case .institutions: institutions.map(\.header)
        case .services: services.map(\.header)
        case .projects: projects.map(\.header)
        case .organizations: organizations.map(\.header)
        case .people: people.map(\.header)
        case .regions: regions.map(\.header)
        }
    }

    /// Changes the headers of every document, `chunk` documents of a kind at a time, in place:
    /// `update` gets a chunk's headers and returns them changed, in the same order. A header it
    /// replaces is freed before the next chunk, so a pass that rewrites every body (mention
    /// links) never holds two versions of them all.
    public mutating func updateHeaders(chunk: Int, _ update: ([Header]) -> [Header]) {
        func each<T>(_ list: inout [T], _ header: WritableKeyPath<T, Header>) {
            for start in stride(from: 0, to: list.count, by: chunk) {
                let range = start..<min(list.count, start + chunk)
                let new = update(list[range].map { $0[keyPath: header] })
                precondition(new.count == range.count, "updateHeaders needs one header per document")
                for (k, h) in zip(range, new) { list[k][keyPath: header] = h }
            }
        }
        each(&protocols, \.header); each(&news, \.header); each(&events, \.header); each(&pages, \.header)
        each(&institutions, \.header); each(&services, \.header); each(&projects, \.header)
        each(&organizations, \.header); each(&people, \.header); each(&regions, \.header)
    }

    /// Keeps only what passes `keep`; used to drop drafts.
    public func filtered(_ keep: (Header) -> Bool) -> Content {
        var c = self
        c.protocols.removeAll { !keep($0.header) }
        c.news.removeAll { !keep($0.header) }
        c.events.removeAll { !keep($0.header) }
        c.pages.removeAll { !keep($0.header) }
        c.institutions.removeAll { !keep($0.header) }
        c.services.removeAll { !keep($0.header) }
        c.projects.removeAll { !keep($0.header) }
        c.organizations.removeAll { !keep($0.header) }
        c.people.removeAll { !keep($0.header) }
        c.regions.removeAll { !keep($0.header) }
        return c
    }
}
