import Foundation
import OKMLink
import OKMLoad
import OKMModel
import OKMRender

/// Builds for `okm serve`: the first build is a whole atomic build; each later one
/// re-reads only the files whose size or time changed, links in memory, renders only the files
/// whose reads of the site changed since the last build (`RenderGraph`: the dependency graph
/// each build records), and writes only the output files whose bytes changed (and removes the
/// ones that went away).
/// Before it, `quickPass` may write an edited record's own pages from the last build's site.
/// Whole builds run one at a time; a quick pass may run beside one.
public final class BuildSession: @unchecked Sendable {
    public let options: BuildOptions
    private var cache = LoadCache()
    private let lock = NSLock()
    /// Output path → hash of what was last written there (under `lock`).
    private var written: [String: UInt64] = [:]
    /// The last whole build's linked site and theme, for quick passes (under `lock`).
    private var last: (site: Site, theme: Theme)?
    private var built = false
    /// What each file of the last successful build read (nil: the next render is whole).
    private var graph: RenderGraph?

    public init(options: BuildOptions) { self.options = options }

    private func renderOptions(_ files: PublishedFiles) -> RenderOptions {
        var o = RenderOptions(language: options.language, today: options.today)
        o.files = files
        o.recordReads = true
        return o
    }
    /// The last whole build's published files, for quick passes (under `lock`).
    private var lastFiles = PublishedFiles()

    public func rebuild() -> BuildReport {
        Threads.$count.withValue(options.threads) { rebuilding() }
    }

    private func rebuilding() -> BuildReport {
        if let refused = BuildReport.refusing(options) { return refused }
        var report = BuildReport()
        // A build that stops before its end leaves the next one without a graph: whole.
        let previous = lock.withLock { () -> RenderGraph? in defer { graph = nil }; return graph }
        guard let (site, theme, statics) = Pipeline.prepare(options, &report, cache: &cache), !report.diagnostics.hasErrors,
              let photos = Pipeline.photoStep(site, statics, options, &report) else {
            return report
        }
        let pageOptions = renderOptions(photos.files)
        // As `okm build`: two outputs claiming one path stop the rebuild before anything is written.
        let planStart = DispatchTime.now().uptimeNanoseconds
        let plan = Pipeline.plan(site, theme, pageOptions, &report)
        report.timings.append(StageTiming(stage: "plan", seconds: Double(DispatchTime.now().uptimeNanoseconds - planStart) / 1e9))
        if report.diagnostics.hasErrors { return report }
        do {
            if !built {
                // The first build goes through a staging folder, page by page, as `okm build` does.
                let output = try OutputFolder.validate(options.outputDirectory, content: options.contentDirectory,
                                                       templates: options.templatesDirectory)
                let staging = try Staging(output: output)
                let run = Pipeline.timed("render", &report) {
                    Renderer.run(plan, since: nil) { file in
                        (file.path, Self.hash(file), staging.tryWrite(file))
                    }
                }
                let made = run.made
                report.jobsPlanned = plan.jobs.count
                report.jobsRendered = run.rendered
                report.pages = made.filter { $0.0.hasSuffix(".html") }.count
                let copies = photos.outputs + SchemaFiles.outputFiles()
                report.filesWritten = try Pipeline.timed("write", &report) {
                    for file in copies { staging.tryWrite(file) }  // a failure is thrown by commit, which removes the staging folder
                    return try staging.commit()
                }
                built = true
                lock.withLock { written = Dictionary(made.map { ($0.0, $0.1) } + copies.map { ($0.path, Self.hash($0)) }, uniquingKeysWith: { a, _ in a }) }
                lock.withLock { graph = run.graph }
            } else {
                let run = try Pipeline.timed("render", &report) { () throws -> (made: [Written], graph: RenderGraph, rendered: Int) in
                    var run = Renderer.run(plan, since: previous) { file in Result { try self.writeIfChanged(file) } }
                    // A file it did not make again is on disk as it was last written.
                    var kept = lock.withLock { run.skipped.map { path in written[path].map { Written(path: path, hash: $0, wrote: false) } } }
                    if kept.contains(where: { $0 == nil }) {  // not written before (it cannot be): make them all
                        run = Renderer.run(plan, since: nil) { file in Result { try self.writeIfChanged(file) } }
                        kept = []
                    }
                    return (try run.made.map { try $0.get() } + kept.compactMap { $0 }, run.graph, run.rendered)
                }
                report.jobsPlanned = plan.jobs.count
                report.jobsRendered = run.rendered
                report.pages = run.made.filter { $0.path.hasSuffix(".html") }.count
                report.filesWritten = try Pipeline.timed("write", &report) {
                    var results = run.made
                    for file in photos.outputs + SchemaFiles.outputFiles() { results.append(try writeIfChanged(file)) }
                    return try finish(results)
                }
                lock.withLock { graph = run.graph }
            }
            lock.withLock { last = (site, theme); lastFiles = photos.files }
        } catch {
            report.diagnostics.append(.error(5040, .whole(options.outputDirectory), ["reason": WriteError.explain(error)]))
        }
        return report
    }

    /// What a quick pass did: the edited record's own pages, written before the whole build.
    public struct QuickReport: Sendable {
        public var record: DocumentID
        /// The record's own pages (in `output/`), written or already as they should be.
        public var paths: [String]
        public var filesWritten: Int
        public var seconds: Double
    }

    /// After an edit of one record's text (its body, title or summary), writes that record's
    /// own pages from the last whole build's site, in milliseconds; nil when the change is
    /// anything else (`Linker.relink` says what qualifies) or the file has a problem. The whole
    /// `rebuild` must still follow: it brings the record's lists, backlinks and feeds up to date.
    public func quickPass(changed paths: [String]) -> QuickReport? {
        Threads.$count.withValue(options.threads) { quickPassing(changed: paths) }
    }

    private func quickPassing(changed paths: [String]) -> QuickReport? {
        let start = DispatchTime.now().uptimeNanoseconds
        let root = options.contentDirectory.hasSuffix("/") ? String(options.contentDirectory.dropLast()) : options.contentDirectory
        guard paths.count == 1, let path = paths.first, path.hasPrefix(root + "/"), path.lowercased().hasSuffix(".md"),
              let last = lock.withLock({ last }),
              // A link may point out of content/: only the whole build judges those.
              (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) == nil,
              let bytes = FileManager.default.contents(atPath: path) else { return nil }
        let relative = String(path.dropFirst(root.count + 1))
        let loaded = Loader.load(files: [ContentFileBytes(relativePath: relative, bytes: [UInt8](bytes))], root: root)
        guard !loaded.diagnostics.hasErrors, let id = loaded.content.headers.first?.id,
              loaded.content.headers.first?.draft == false || options.includeDrafts,
              let site = Linker.relink(loaded.content, in: last.site) else { return nil }
        let files = Renderer.ownPages(of: id, site, theme: last.theme, options: renderOptions(lock.withLock { lastFiles }))
        guard !files.isEmpty, let count = try? files.filter({ try writeIfChanged($0).wrote }).count else { return nil }
        return QuickReport(record: id, paths: files.map(\.path), filesWritten: count, seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    /// What a template pass did: the templates whose program changed, the pages made through
    /// them, how many of those changed on disk.
    public struct TemplateReport: Sendable {
        public var templates: [String]
        public var pages: Int
        public var filesWritten: Int
        public var seconds: Double
    }

    /// Whether every changed path is a template of the site's pages (a `.mustache` file under
    /// templates/ other than `okm new`'s archetypes): what `templatePass` may take.
    public func isTemplateEdit(_ paths: [String]) -> Bool {
        let root = options.templatesDirectory.hasSuffix("/") ? String(options.templatesDirectory.dropLast()) : options.templatesDirectory
        return !paths.isEmpty && paths.allSatisfy { path in
            path.hasPrefix(root + "/") && path.hasSuffix(".mustache") && !path.dropFirst(root.count + 1).hasPrefix("archetypes/")
        }
    }

    /// After an edit of page templates only, the pages made through a template whose compiled
    /// program changed (its own file, a partial it includes, a parent whose blocks it fills) —
    /// and nothing else — rendered from the last whole build's site and written where their
    /// bytes changed. The content, the UI strings and the theme's files are the same, so no other
    /// output can change and no whole build need follow. Nil when it cannot say so: no whole
    /// build yet, a path that is not a page template, a template with a problem, a template
    /// added or removed, swift-mustache rendering (`OKM_TEMPLATES=mustache`); then the whole
    /// `rebuild` runs and reports.
    public func templatePass(changed paths: [String]) -> TemplateReport? {
        Threads.$count.withValue(options.threads) { templatePassing(changed: paths) }
    }

    private func templatePassing(changed paths: [String]) -> TemplateReport? {
        let start = DispatchTime.now().uptimeNanoseconds
        guard isTemplateEdit(paths), let last = lock.withLock({ last }) else { return nil }
        let (loaded, problems) = Theme.load(directory: options.templatesDirectory)
        guard let theme = loaded, !problems.hasErrors, theme.engine == .compiled, last.theme.engine == .compiled,
              Set(theme.compiled.keys) == Set(last.theme.compiled.keys), theme.templateNames == last.theme.templateNames,
              theme.strings == last.theme.strings else { return nil }
        let changed = Set(theme.compiled.compactMap { name, program in
            last.theme.compiled[name].map(program.sameProgram) == true ? nil : name
        })
        // The paths come from the site alone, which the last whole build checked for collisions.
        let plan = Renderer.plan(last.site, theme: theme, options: renderOptions(lock.withLock { lastFiles }))
        let made: [Written]
        do {
            made = try Renderer.run(plan, templates: changed) { file in Result { try self.writeIfChanged(file) } }.map { try $0.get() }
        } catch {
            return nil
        }
        lock.withLock {
            self.last = (last.site, theme)
            graph = graph?.with(theme: theme)
        }
        return TemplateReport(templates: changed.sorted(), pages: made.count, filesWritten: made.filter(\.wrote).count,
                              seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    private struct Written { var path: String; var hash: UInt64; var wrote: Bool }

    /// Writes a file in place (atomically) unless its bytes are what was last written there.
    private func writeIfChanged(_ file: OutputFile) throws -> Written {
        let text = file.text  // a stream is made once, then hashed and written
        let hash = Self.hash(text.map { OutputFile(path: file.path, contents: .text($0)) } ?? file)
        if lock.withLock({ written[file.path] == hash }) { return Written(path: file.path, hash: hash, wrote: false) }
        let fm = FileManager.default
        let path = options.outputDirectory + "/" + file.path
        try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        if let text {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } else if case .copy(let source) = file.contents {
            try? fm.removeItem(atPath: path)
            try fm.copyItem(atPath: source, toPath: path)
        }
        lock.withLock { written[file.path] = hash }
        return Written(path: file.path, hash: hash, wrote: true)
    }

    /// Removes the files the last build wrote and this one did not; how many files changed.
    private func finish(_ results: [Written]) throws -> Int {
        let now = Dictionary(results.map { ($0.path, $0.hash) }, uniquingKeysWith: { a, _ in a })
        var count = results.filter(\.wrote).count
        let gone = lock.withLock { written.keys.filter { now[$0] == nil } }
        for path in gone {
            try? FileManager.default.removeItem(atPath: options.outputDirectory + "/" + path)
            count += 1
        }
        lock.withLock { written = now }
        return count
    }

    /// FNV-1a over the bytes (for copies: the source's path, size and time).
    static func hash(_ file: OutputFile) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        func eat<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
            for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        }
        switch file.contents {
        case .text(let text): eat(text.utf8)
        case .stream(let make): make { eat($0.utf8) }
        case .copy(let source):
            eat(source.utf8)
            let a = try? FileManager.default.attributesOfItem(atPath: source)
            eat(String(describing: a?[.size] ?? 0).utf8)
            eat(String(describing: a?[.modificationDate] ?? 0).utf8)
        }
        return h
    }
}
