import OKMLink
import OKMModel

/// `okm serve`'s dependency graph: for every file of the last render, what it read of the
/// linked site (`SiteReads`: records by id, a kind's list or members, index entries…), with
/// the site and the words, options and theme it was rendered with. The next render compares
/// its site with this one (`SiteChanges`) and makes again only the files whose reads changed,
/// the files whose path is new, and the files that read nothing of the site (judged "always").
///
/// It covers changes of the content only. Anything else makes the next render whole (correct,
/// slower): no graph yet (the first build, or a build that failed after the last one), other
/// render options (language, today, published photos and files, search, PDFs), other settings
/// (site.yml), other words (i18n), other templates or theme files, the templates interpreted by
/// swift-mustache (`OKM_TEMPLATES=mustache`), or other derived words (`RenderContext`'s marks of
/// Bulgarian titles in another language's pages).
public struct RenderGraph: Sendable {
    struct Entry: Sendable {
        var owner: OutputOwner
        var template: String?
        /// What the plan read to make the job (`RenderJob.planReads`), and what `make` read.
        var planReads: [Set<SiteReadKey>]
        var makeReads: Set<SiteReadKey>

        /// Whether a read of it is among `changes`.
        func touched(by changes: SiteChanges) -> Bool {
            changes.touches(any: makeReads) || planReads.contains(where: changes.touches(any:))
        }
        var readNothing: Bool { makeReads.isEmpty && planReads.allSatisfy(\.isEmpty) }
    }
    let context: RenderContext
    let options: RenderOptions
    var theme: Theme
    var entries: [String: Entry]

    /// How many files it knows.
    public var count: Int { entries.count }

    /// The same graph after a template pass rendered its pages through `theme` (no read changes:
    /// a view model is made the same way whatever template shows it).
    public func with(theme: Theme) -> RenderGraph {
        var g = self
        g.theme = theme
        return g
    }

    /// What changed between this graph's render and `plan`, or nil when the next render must be whole.
    func changes(to plan: RenderPlan) -> SiteChanges? {
        let a = context, b = plan.context
        guard options == plan.options, options.recordReads, theme.engine == .compiled, plan.theme.engine == .compiled,
              Self.sameOutput(theme, plan.theme),
              a.t == b.t, a.language == b.language, a.root == b.root, a.absoluteBase == b.absoluteBase, a.today == b.today,
              a.pdfLinks == b.pdfLinks, a.files == b.files, a.foreign == b.foreign, a.foreignMenu == b.foreignMenu,
              a.foreignSiteTitle == b.foreignSiteTitle else { return nil }
        let changes = SiteChanges(from: a.site, to: b.site)
        return changes.settings ? nil : changes
    }

    /// Two themes make the same files from the same views: the same compiled programs, words and theme files.
    static func sameOutput(_ a: Theme, _ b: Theme) -> Bool {
        guard a.strings == b.strings, a.assets == b.assets, a.templateNames == b.templateNames,
              Set(a.compiled.keys) == Set(b.compiled.keys) else { return false }
        return a.compiled.allSatisfy { name, program in b.compiled[name].map(program.sameProgram) == true }
    }
}

/// What `Renderer.run(_:since:deliver:)` did.
public struct TrackedRender<T: Sendable>: Sendable {
    /// What `deliver` returned for each file made: the jobs it ran, then the sitemap and robots.txt, then the theme's files.
    public var made: [T]
    /// The paths of the jobs it did not run: nothing they read changed since `previous`.
    public var skipped: [String]
    /// How many jobs it ran (of `plan.jobs.count`).
    public var rendered: Int
    /// The graph of this render, for the next one.
    public var graph: RenderGraph
}

extension Renderer {
    /// Runs the jobs of `plan` whose reads changed since `previous` (every job when `previous`
    /// is nil or cannot judge: `RenderGraph`), recording what each reads, then the sitemap and
    /// robots.txt of every page of the plan and the theme's files, as `run` does. The plan must
    /// have been made with `RenderOptions.recordReads`.
    public static func run<T: Sendable>(_ plan: RenderPlan, since previous: RenderGraph?,
                                        deliver: @Sendable (OutputFile) -> T) -> TrackedRender<T> {
        let changes = previous?.changes(to: plan)
        let old = changes == nil ? [:] : previous?.entries ?? [:]
        let done = plan.jobs.parallelMap { job -> (path: String, made: T?, entry: RenderGraph.Entry) in
            if let changes, let before = old[job.path], before.owner == job.owner, before.template == job.template,
               !before.readNothing, !before.touched(by: changes), !job.planReads.contains(where: changes.touches(any:)) {
                // Nothing it read changed (then or now): its file is as the last render made it.
                // Its reads are the new plan's and the last `make`'s (it would read the same again).
                return (job.path, nil, RenderGraph.Entry(owner: job.owner, template: job.template, planReads: job.planReads,
                                                         makeReads: before.makeReads))
            }
            let ((path, made), reads) = SiteReads.recording { () -> (String, T) in
                let file = job.make()
                return (file.path, deliver(file))  // a stream is made here: its reads are the job's too
            }
            return (path, made, RenderGraph.Entry(owner: job.owner, template: job.template, planReads: job.planReads, makeReads: reads))
        }
        var made = done.compactMap(\.made)
        let skipped = done.filter { $0.made == nil }.map(\.path)
        made += plan.sitemap.files(htmlPaths: done.map(\.path)).map(deliver)
        made += plan.theme.assets.map { deliver(OutputFile(path: $0.relativePath, contents: .copy(from: $0.sourcePath))) }
        let entries = Dictionary(done.map { ($0.path, $0.entry) }, uniquingKeysWith: { a, _ in a })
        let graph = RenderGraph(context: plan.context, options: plan.options, theme: plan.theme, entries: entries)
        return TrackedRender(made: made, skipped: skipped, rendered: done.count - skipped.count, graph: graph)
    }
}
