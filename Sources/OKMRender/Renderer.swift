import Mustache
import OKMLink
import OKMModel

/// One file of the site, relative to `output/`.
public struct OutputFile: Sendable {
    public enum Contents: Sendable {
        case text(String)
        case copy(from: String)
    }
    public var path: String
    public var contents: Contents

    public init(path: String, contents: Contents) {
        self.path = path
        self.contents = contents
    }
}

public struct RenderOptions: Sendable {
    /// The UI language; the site's own when nil.
    public var language: String?
    /// "Today", for upcoming meetings; nil leaves the home page's upcoming list out (reproducible output).
    public var today: Day?
    /// The PDFs of the print editions are made in this build: pages link them.
    public var pdfLinks = false
    /// Pagefind indexes this build: `/search/` shows its UI (else a notice that search is unavailable).
    public var search = false

    public init(language: String? = nil, today: Day? = nil, pdfLinks: Bool = false) {
        self.language = language
        self.today = today
        self.pdfLinks = pdfLinks
    }
}

/// Render: Site → every page as text, in parallel. A page is a view model put through one template.
public enum Renderer {
    public static func render(_ site: Site, theme: Theme, options: RenderOptions = RenderOptions()) -> [OutputFile] {
        let ctx = RenderContext(site: site, theme: theme, language: options.language ?? site.settings.language, today: options.today,
                                pdfLinks: options.pdfLinks)
        let c = site.content
        // Each job builds its view model and renders it; the list is built once, jobs run on every core.
        var jobs: [@Sendable () -> OutputFile] = []
        func page(_ path: String, _ template: String, _ make: @escaping @Sendable () -> Any) {
            jobs.append { OutputFile(path: URLs.file(for: path), contents: .text(render(theme, template, make()))) }
        }
        func url(_ h: Header) -> String { site.summary(h.id)?.url ?? URLs.path(of: h.id, date: h.date) }
        for x in c.protocols { page(url(x.header), "protocol") { ctx.view(x) } }
        for (path, make) in ctx.printPages() { page(path, "protocol-print") { make() } }
        for x in c.news { page(url(x.header), "news") { ctx.view(x) } }
        for x in c.events { page(url(x.header), "event") { ctx.view(x) } }
        for x in c.pages { page(url(x.header), "page") { ctx.view(x) } }
        for x in c.institutions { page(url(x.header), "institution") { ctx.view(x) } }
        for x in c.services { page(url(x.header), "service") { ctx.view(x) } }
        for x in c.projects { page(url(x.header), "project") { ctx.view(x) } }
        for x in c.organizations { page(url(x.header), "organization") { ctx.view(x) } }
        for x in c.people { page(url(x.header), "person") { ctx.view(x) } }
        for x in c.regions { page(url(x.header), "region") { ctx.view(x) } }
        for kind in Kind.allCases where kind != .pages {
            for (path, view) in ctx.archives(kind) { page(path, "list") { view } }
        }
        let today = options.today
        page("/", "home") { ctx.homeView(today: today) }
        page("/404.html", "404") { ctx.notFoundView() }
        jobs += ctx.trackingJobs(theme: theme)  // closures, their open data, decisions
        jobs += ctx.publishingJobs(theme: theme, search: options.search)  // feeds, calendars, /data/, /search/, /accessibility/

        var files = jobs.parallelMap { $0() }
        files += ctx.sitemapFiles(htmlPaths: files.map(\.path))  // sitemap.xml and robots.txt, of every page above
        files += theme.assets.map { OutputFile(path: $0.relativePath, contents: .copy(from: $0.sourcePath)) }
        return files
    }

    /// The view models answer swift-mustache's lookups themselves (Lookups/*.generated.swift):
    /// without that it reflects the whole struct with Mirror on every name a template reads.
    static func render(_ theme: Theme, _ template: String, _ view: Any) -> String {
        theme.library.render(view, withTemplate: template) ?? ""
    }
}
