public struct MenuItem: Sendable, Hashable {
    public var title: String
    public var url: String

    public init(title: String, url: String) {
        self.title = title
        self.url = url
    }
}

/// `content/site.yml`.
public struct SiteSettings: Sendable, Hashable {
    public var title: String
    public var description: String?
    public var baseURL: String
    public var language: String
    public var menu: [MenuItem]
    /// Raw HTML in bodies is dropped unless the site opts in.
    public var allowRawHTML: Bool
    /// The accessibility statement published at `/accessibility/`; none when absent.
    public var accessibility: AccessibilityStatement? = nil

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

    /// The headers of every document, in kind order then path order.
    public var headers: [Header] {
        protocols.map(\.header) + news.map(\.header) + events.map(\.header) + pages.map(\.header)
            + institutions.map(\.header) + services.map(\.header) + projects.map(\.header)
            + organizations.map(\.header) + people.map(\.header) + regions.map(\.header)
    }

    /// Puts back headers in the order `headers` gives them (after a pass changed them).
    public mutating func replaceHeaders(_ new: [Header]) {
        precondition(new.count == headers.count, "replaceHeaders needs one header per document")
        var i = 0
        func next() -> Header { defer { i += 1 }; return new[i] }
        for k in protocols.indices { protocols[k].header = next() }
        for k in news.indices { news[k].header = next() }
        for k in events.indices { events[k].header = next() }
        for k in pages.indices { pages[k].header = next() }
        for k in institutions.indices { institutions[k].header = next() }
        for k in services.indices { services[k].header = next() }
        for k in projects.indices { projects[k].header = next() }
        for k in organizations.indices { organizations[k].header = next() }
        for k in people.indices { people[k].header = next() }
        for k in regions.indices { regions[k].header = next() }
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
