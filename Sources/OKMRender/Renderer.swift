import Foundation
import Mustache
import OKMLink
import OKMModel
import OKMTemplate

/// One file of the site, relative to `output/`.
public struct OutputFile: Sendable {
    public enum Contents: Sendable {
        case text(String)
        case copy(from: String)
        /// Text made piece by piece and handed to `emit` as it comes (the big files of /data/),
        /// so that a writer can put it on disk without ever holding the whole file.
        case stream(@Sendable (_ emit: (String) -> Void) -> Void)
    }

    /// The text of a `.text` or `.stream` file, whole (nil for a copy).
    public var text: String? {
        switch contents {
        case .text(let text): return text
        case .copy: return nil
        case .stream(let make):
            var out = ""
            make { out += $0 }
            return out
        }
    }
    public var path: String
    public var contents: Contents

    public init(path: String, contents: Contents) {
        self.path = path
        self.contents = contents
    }
}

/// One file's render: its path, known before it runs, and who claims it.
public struct RenderJob: Sendable {
    public var path: String
    public var owner: OutputOwner
    /// The template a page is rendered through (nil for a file no template makes: a feed, a
    /// calendar, open data): what `okm serve` re-renders after that template changes.
    public var template: String?
    public var make: @Sendable () -> OutputFile
    /// What the plan read to make this job (its path, and the view it captured), when the plan
    /// was recorded (`RenderOptions.recordReads`): the reads of its generator's `jobs()` and of
    /// any narrower scope it was made in (`SiteReads.scoped`). Sets are shared between jobs.
    var planReads: [Set<SiteReadKey>] = []

    init(path: String, owner: OutputOwner, template: String? = nil, make: @escaping @Sendable () -> OutputFile) {
        self.path = path
        self.owner = owner
        self.template = template
        self.make = make
    }
}

/// What a render will write, known before anything is rendered (`Renderer.plan`).
public struct RenderPlan: Sendable {
    public var jobs: [RenderJob]
    let options: RenderOptions
    /// Every file's path and claimant: the jobs' and those written after them (sitemap, theme files).
    public var claims: [OutputClaim]
    let context: RenderContext
    let sitemap: SitemapFiles
    let theme: Theme
}

public struct RenderOptions: Sendable, Equatable {
    /// The UI language; the site's own when nil.
    public var language: String?
    /// "Today", for upcoming meetings; nil leaves the home page's upcoming list out (reproducible output).
    public var today: Day?
    /// The PDFs of the print editions are made in this build: pages link them.
    public var pdfLinks = false
    /// Pagefind indexes this build: `/search/` shows its UI (else a notice that search is unavailable).
    public var search = false
    /// The published files of content/: photos' variants and sizes, files' sizes (for attachments).
    public var files = PublishedFiles()
    /// Record what each job reads of the site, for `okm serve`'s dependency graph (`RenderGraph`);
    /// off in `okm build`, where it would only cost.
    public var recordReads = false

    public init(language: String? = nil, today: Day? = nil, pdfLinks: Bool = false) {
        self.language = language
        self.today = today
        self.pdfLinks = pdfLinks
    }
}

/// Render: Site → every page as text, in parallel. A page is a view model put through one template.
public enum Renderer {
    /// Every file of the site, kept in memory (tests, small sites).
    public static func render(_ site: Site, theme: Theme, options: RenderOptions = RenderOptions()) -> [OutputFile] {
        render(site, theme: theme, options: options, deliver: { $0 })
    }

    /// Every file of the site handed to `deliver` on the thread that made it, as soon as it is
    /// made, so that a build need not hold the whole site in memory: `okm build` writes each
    /// page into its staging folder and keeps only what `deliver` returns.
    /// `progress`, when given, is told (done, total) after each page, from the thread that made it.
    public static func render<T: Sendable>(_ site: Site, theme: Theme, options: RenderOptions = RenderOptions(),
                                           progress: (@Sendable (Int, Int) -> Void)? = nil,
                                           deliver: @Sendable (OutputFile) -> T) -> [T] {
        run(plan(site, theme: theme, options: options), progress: progress, deliver: deliver)
    }

    /// Every file the render will write, with who claims it, before anything is rendered:
    /// what `OutputClaims.collisions` checks (`okm check` and `okm build`), and the jobs `run` runs.
    public static func plan(_ site: Site, theme: Theme, options: RenderOptions = RenderOptions()) -> RenderPlan {
        let ctx = RenderContext(site: site, theme: theme, options: options)
        // Each job builds its view model and renders it; the list is built once, jobs run on every core.
        var jobs: [RenderJob] = []
        for generator in generators(ctx, theme: theme, options: options) {
            guard options.recordReads else { jobs += generator.jobs(); continue }
            let (made, reads) = SiteReads.recording { generator.jobs() }
            jobs += made.map { job in
                var job = job
                job.planReads.append(reads)
                return job
            }
        }
        let sitemap = SitemapFiles(site: ctx.site, urls: ctx.absoluteURLs)
        var claims = jobs.map { OutputClaim(path: $0.path, owner: $0.owner) }
        // Written after the jobs, of their paths: the sitemap (split into sitemap-N.xml when long), robots.txt, the theme's files.
        claims += sitemap.claims
        claims += theme.assets.map { OutputClaim(path: $0.relativePath, owner: .generated("theme file")) }
        return RenderPlan(jobs: jobs, options: options, claims: claims, context: ctx, sitemap: sitemap, theme: theme)
    }

    /// Every family of files the site has, in the order their jobs are listed (see `Generator`).
    static func generators(_ ctx: RenderContext, theme: Theme, options: RenderOptions) -> [any Generator] {
        [
            RecordPages(ctx: ctx, theme: theme),
            PrintEditionPages(ctx: ctx, theme: theme),
            MentionPages(ctx: ctx, theme: theme),
            ListPages(ctx: ctx, theme: theme, today: options.today),
            ClosurePages(ctx: ctx, theme: theme),
            DecisionPages(ctx: ctx, theme: theme),
            FeedFiles(site: ctx.site, language: ctx.language, labels: ctx.labels, urls: ctx.absoluteURLs),
            CalendarFiles(site: ctx.site, labels: ctx.labels, urls: ctx.absoluteURLs),
            OpenDataFiles(site: ctx.site, urls: ctx.absoluteURLs, assets: { ctx.absoluteAsset($0, of: $1) }),
            DataAndSearchPages(ctx: ctx, theme: theme, search: options.search),
        ]
    }

    /// Runs a plan's jobs on every core, then writes the sitemap of their pages and the theme's files.
    public static func run<T: Sendable>(_ plan: RenderPlan, progress: (@Sendable (Int, Int) -> Void)? = nil,
                                        deliver: @Sendable (OutputFile) -> T) -> [T] {
        let jobs = plan.jobs
        let count = JobCount(total: jobs.count, progress)
        let made = jobs.parallelMap { job -> (String, T) in
            let file = job.make()
            defer { count.step() }
            return (file.path, deliver(file))
        }
        var delivered = made.map(\.1)
        delivered += plan.sitemap.files(htmlPaths: made.map(\.0)).map(deliver)  // sitemap.xml and robots.txt, of every page above
        delivered += plan.theme.assets.map { deliver(OutputFile(path: $0.relativePath, contents: .copy(from: $0.sourcePath))) }
        return delivered
    }

    /// The paths two claimants share, as errors at the records' files (see `OutputClaims`).
    public static func collisions(_ plan: RenderPlan, skipping: Set<DocumentID> = []) -> [Diagnostic] {
        let headers = plan.context.site.content.headers
        let files = Dictionary(headers.map { ($0.id, $0.fileLocation) }, uniquingKeysWith: { a, _ in a })
        return OutputClaims.collisions(plan.claims, skipping: skipping) { files[$0] }
    }

    /// The pages of `plan` made through one of `templates`, rendered and handed to `deliver`
    /// (nothing else: no sitemap, no theme files) — `okm serve`'s pass after a template edit.
    public static func run<T: Sendable>(_ plan: RenderPlan, templates: Set<String>, deliver: @Sendable (OutputFile) -> T) -> [T] {
        plan.jobs.filter { $0.template.map(templates.contains) ?? false }.parallelMap { deliver($0.make()) }
    }

    /// One record's own pages — its page, and a protocol's print edition — for `okm serve`'s
    /// quick pass after an edit (`Linker.relink`); the same bytes the whole render makes.
    public static func ownPages(of id: DocumentID, _ site: Site, theme: Theme, options: RenderOptions = RenderOptions()) -> [OutputFile] {
        let ctx = RenderContext(site: site, theme: theme, options: options)
        guard let summary = site.summary(id), let (template, make) = RecordPages.page(ctx, id) else { return [] }
        var files = [OutputFile(path: URLs.file(for: summary.url), contents: .text(render(theme, template, make())))]
        if let p = site.protocolRecord(id) {
            let (path, print) = ctx.printPage(of: p)
            files.append(OutputFile(path: URLs.file(for: path), contents: .text(render(theme, "protocol-print", print()))))
        }
        return files
    }

    /// The page of `view` through `template`, compiled (OKMTemplate). With `OKM_TEMPLATES=mustache`
    /// in the environment, swift-mustache interprets the same templates instead (for comparison;
    /// the tests use it as the oracle the compiled templates must match byte for byte).
    static func render(_ theme: Theme, _ template: String, _ view: any TemplateView) -> String {
        theme.observer?(view)
        switch theme.engine {
        case .compiled: return theme.compiled[template]?.render(view) ?? ""
        case .mustache: return theme.library.render(view, withTemplate: template) ?? ""
        }
    }
}

/// The pages made so far, for `Renderer.render`'s progress (from every render thread).
private final class JobCount: @unchecked Sendable {
    let lock = NSLock()
    var done = 0
    let total: Int
    let progress: (@Sendable (Int, Int) -> Void)?

    init(total: Int, _ progress: (@Sendable (Int, Int) -> Void)?) {
        self.total = total
        self.progress = progress
        progress?(0, total)
    }

    func step() {
        guard let progress else { return }
        lock.lock()
        done += 1
        let now = done
        lock.unlock()
        progress(now, total)
    }
}
