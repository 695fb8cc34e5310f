import Foundation
import OKMLink
import OKMLoad
import OKMModel
import OKMRender

public struct BuildOptions: Sendable {
    public var contentDirectory = "content"
    public var templatesDirectory = "templates"
    public var outputDirectory = "output"
    /// Drafts are left out unless asked for.
    public var includeDrafts = false
    /// Overrides site.yml's base_url.
    public var baseURL: String?
    /// The UI language; site.yml's when nil.
    public var language: String?
    /// For "upcoming meetings"; nil leaves that list out.
    public var today: Day?
    /// Make the PDF of every print edition with WeasyPrint (`okm build --pdf`).
    public var pdf = false
    /// The WeasyPrint to run (a path or a name on PATH); `weasyprint` on PATH when nil.
    public var weasyprint: String?
    /// Run Pagefind over the site before it is swapped in (`okm build` does); a warning when it is missing.
    public var searchIndex = false
    /// The Pagefind binary to run; looked up (PATH, Python's pagefind_bin) when nil.
    public var pagefind: String?
    /// Told which stage runs and how far it is (`okm build` draws it on a terminal); nil: nobody asks.
    public var progress: ProgressHandler?
    /// The threads of every parallel stage (`--jobs`, `OKM_THREADS`); nil: every core. The
    /// output is the same bytes whatever the count (`ThreadCountTests`).
    public var threads: Int?

    public init() {}

    /// What is wrong with the options a person typed (`--base-url`, `--language`), each as
    /// `--base-url 'x' does not start with https:// or http://…`; empty when they can be used.
    /// Every entry point (build, check, serve's session, print) refuses to start on any.
    public var problems: [Message] {
        var out: [Message] = []
        if let baseURL, let problem = URLs.baseURLProblem(baseURL) {
            out.append(Message("cli.badBaseURL", ["value": "\(Self.shown(Self.withoutCredentials(baseURL)))", "problem": .message(problem)]))
        }
        if let language, let problem = SiteSettings.languageProblem(Self.shown(language)) {
            out.append(Message("cli.badLanguage", ["problem": .message(problem)]))
        }
        return out
    }

    /// `https://user:password@host/` as `https://…@host/`: a password typed by mistake is not
    /// repeated into a terminal's scrollback or a CI log.
    static func withoutCredentials(_ address: String) -> String {
        guard let scheme = address.range(of: "://") else { return address }
        let authorityEnd = address[scheme.upperBound...].firstIndex(of: "/") ?? address.endIndex
        guard let at = address[scheme.upperBound..<authorityEnd].lastIndex(of: "@") else { return address }
        return String(address[..<scheme.upperBound]) + "…" + String(address[at...])
    }

    /// A value as typed, with control characters written as \u{…} so a message cannot move the cursor.
    public static func shown(_ value: String) -> String {
        value.unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined()
    }
}

public struct StageTiming: Sendable {
    public var stage: String
    public var seconds: Double
    /// The process's peak resident memory so far, in MiB, when the stage ended (Linux; nil elsewhere).
    public var peakMiB: Int? = Memory.peakMiB()
}

/// The peak resident set size (VmHWM of /proc/self/status), for `okm build --verbose`.
public enum Memory {
    public static func peakMiB() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kB = Int(line.split(separator: " ").dropFirst().first ?? "") else { return nil }
        return kB / 1024
    }
}

public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic] = []
    public var filesWritten = 0
    public var pages = 0
    /// The render's jobs (a page or another file each), and how many of them ran: all in a
    /// whole build; in `okm serve`'s rebuilds, those whose reads of the site changed (`RenderGraph`).
    public var jobsPlanned = 0
    public var jobsRendered = 0
    public var timings: [StageTiming] = []
    /// Record files read and decoded (the others were unchanged since the last build of a session).
    public var filesDecoded = 0
    /// Photos decoded and saved by libvips in this build, and photos whose variants came from the cache.
    public var photosProcessed = 0
    public var photosFromCache = 0
    /// Messages about the build itself rather than a file (WeasyPrint missing), printed as warnings.
    public var notices: [Message] = []
    /// Why the build did not start, about the command rather than a file (an option that is
    /// not valid, an `--output` that would delete the sources, another build writing the same
    /// folder): printed as `okm: error: …`, and the build fails.
    public var problems: [Message] = []
    public var succeeded: Bool { problems.isEmpty && !diagnostics.hasErrors && pages > 0 }

    /// A report of a build that did not start because of its options.
    static func refusing(_ options: BuildOptions) -> BuildReport? {
        let problems = options.problems
        guard !problems.isEmpty else { return nil }
        var report = BuildReport()
        report.problems = problems
        return report
    }
}

/// load → link → render → write. Each stage is a function of the one before it; the
/// first stage that reports an error stops the build before anything is written.
public enum Pipeline {
    /// Load and link: every diagnostic of the content and the theme, nothing written.
    public static func check(_ options: BuildOptions) -> BuildReport {
        Threads.$count.withValue(options.threads) { checking(options) }
    }

    static func checking(_ options: BuildOptions) -> BuildReport {
        if let refused = BuildReport.refusing(options) { return refused }
        var report = BuildReport()
        if let (site, theme, _) = prepare(options, &report) {
            // The render's list of files, without rendering: no two outputs may claim one path.
            _ = plan(site, theme, RenderOptions(language: options.language, today: options.today), &report)
            report.diagnostics = (report.diagnostics + Advice.warnings(site, today: options.today)).sorted()
        }
        return report
    }

    public static func build(_ options: BuildOptions) -> BuildReport {
        Threads.$count.withValue(options.threads) { building(options) }
    }

    static func building(_ options: BuildOptions) -> BuildReport {
        if let refused = BuildReport.refusing(options) { return refused }
        var report = BuildReport()
        // The output folder is checked before anything is read, and locked for the whole
        // build, so that a second build on it stops at once (and touches nothing).
        let output: OutputFolder
        let lock: OutputLock
        do {
            output = try OutputFolder.validate(options.outputDirectory, content: options.contentDirectory,
                                               templates: options.templatesDirectory)
            lock = try OutputLock.acquire(output: options.outputDirectory)
        } catch let refusal as OutputFolder.Refusal {
            report.problems.append(refusal.message)
            return report
        } catch let busy as OutputLock.Busy {
            report.problems.append(busy.message)
            return report
        } catch {
            report.diagnostics.append(writeFailure(options, error))
            return report
        }
        defer { lock.release() }
        guard let (site, theme, statics) = prepare(options, &report), !report.diagnostics.hasErrors else { return report }
        // Photos are made (or found in the cache) before anything is written: one that cannot
        // be decoded stops the build here, and the pages need the variants' sizes.
        guard let photos = photoStep(site, statics, options, &report) else { return report }

        let pdf = options.pdf ? PDFStep.locate(options.weasyprint).map { PDFStep(weasyprint: $0, site: site) } : nil
        if options.pdf && pdf == nil { report.notices.append(PDFStep.missingMessage) }
        let search = options.searchIndex ? SearchIndex.locate(options.pagefind) : nil
        if options.searchIndex && search == nil { report.notices.append(SearchIndex.missingMessage) }
        let sources = site.content.headers.map(\.path) + [options.contentDirectory + "/site.yml"] + statics.map(\.sourcePath)
        var renderOptions = RenderOptions(language: options.language, today: options.today, pdfLinks: pdf != nil)
        renderOptions.search = search != nil
        renderOptions.files = photos.files
        // Every path is known before anything is written: two claimants of one path stop the build here.
        // Let go of after render (set to nil): its views (lists, decision orders) are no longer
        // needed while the PDF, search and gate steps read the staging folder back.
        var plan: RenderPlan? = plan(site, theme, renderOptions, &report)
        if report.diagnostics.hasErrors { return report }
        // Pages go into the staging folder as they are rendered: only their paths stay in memory.
        let staging: Staging
        do { staging = try Staging(output: output) } catch {
            report.diagnostics.append(writeFailure(options, error))
            return report
        }
        let progress = options.progress
        var renderProgress: (@Sendable (Int, Int) -> Void)? = nil
        if let progress {
            renderProgress = { done, total in progress(ProgressEvent(.render, done: done, total: total)) }
        }
        let written = timed("render", &report) {
            Renderer.run(plan!, progress: renderProgress) { file in
                staging.tryWrite(file) && file.path.hasSuffix(".html")
            }
        }
        report.jobsPlanned = plan!.jobs.count
        report.jobsRendered = plan!.jobs.count
        plan = nil
        report.pages = written.filter { $0 }.count
        // The time the render threads spent writing pages (summed over them; part of "render").
        report.timings.append(StageTiming(stage: "(writing)", seconds: staging.secondsWriting))
        var steps = BuildReport()  // the PDF and search steps' times, run inside the write stage
        do {
            report.filesWritten = try timed("write", &report) {
                // tryWrite: a failure is thrown by commit, which removes the staging folder.
                for file in photos.outputs + SchemaFiles.outputFiles() { staging.tryWrite(file) }
                return try staging.commit(beforeSwap: { folder in
                    let pdfs = try pdf.map { step in
                        progress?(ProgressEvent(.pdf))
                        return try timed("pdf", &steps) { try step.run(in: folder) }
                    } ?? 0
                    var added = pdfs
                    if let search {
                        progress?(ProgressEvent(.search))
                        added += try timed("search", &steps) {
                            try search.index(site: folder)
                            return SearchIndex.fileCount(site: folder)
                        }
                    }
                    // The last step before the swap: what is about to be published, read back.
                    progress?(ProgressEvent(.gate))
                    let leaks = timed("gate", &steps) {
                        PublishGate.check(folder: folder, sources: sources, shownAs: options.outputDirectory)
                    }
                    if !leaks.isEmpty { throw PublishGate.Refusal(diagnostics: leaks) }
                    return added
                })
            }
        } catch let refusal as PublishGate.Refusal {
            report.diagnostics += refusal.diagnostics
        } catch let failure as ToolFailure {
            report.diagnostics.append(.error(5041, .whole(options.outputDirectory), ["reason": .message(failure.message)]))
        } catch {
            report.diagnostics.append(writeFailure(options, error))
        }
        report.timings += steps.timings
        return report
    }

    /// Paths two outputs claim (a record and a generated page, two records of different
    /// kinds), as errors at the records' files; a record the loader already refused for its
    /// reserved slug is not reported twice. The schema files okm writes are claimed too.
    /// The render's list of files (every path known before anything is rendered), with the
    /// collisions among them added to the report's diagnostics: `okm check`, `okm build` and
    /// `okm serve`'s rebuilds all go through here.
    static func plan(_ site: Site, _ theme: Theme, _ options: RenderOptions, _ report: inout BuildReport) -> RenderPlan {
        let plan = Renderer.plan(site, theme: theme, options: options)
        report.diagnostics = (report.diagnostics + routeCollisions(plan, site)).sorted()
        return plan
    }

    static func routeCollisions(_ plan: RenderPlan, _ site: Site) -> [Diagnostic] {
        var plan = plan
        plan.claims += SchemaFiles.outputFiles().map { OutputClaim(path: $0.path, owner: .generated("JSON Schema file")) }
        let refused = Set(site.content.headers.filter(Loader.hasReservedSlug).map(\.id))
        return Renderer.collisions(plan, skipping: refused)
    }

    /// The published files of content/ through `PhotoStep`; nil (with the errors in the report) when a photo cannot be decoded.
    static func photoStep(_ site: Site, _ statics: [StaticFile], _ options: BuildOptions, _ report: inout BuildReport) -> PhotoStep? {
        let step = timed("photos", &report) {
            PhotoStep.run(site.content, statics: statics, cache: PhotoCache(contentDirectory: options.contentDirectory),
                          progress: options.progress)
        }
        report.photosProcessed = step.processed
        report.photosFromCache = step.cached
        report.diagnostics = (report.diagnostics + step.diagnostics).sorted()
        return step.diagnostics.hasErrors ? nil : step
    }

    static func writeFailure(_ options: BuildOptions, _ error: Error) -> Diagnostic {
        .error(5042, .whole(options.outputDirectory), ["reason": WriteError.explain(error)])
    }

    static func prepare(_ options: BuildOptions, _ report: inout BuildReport) -> (Site, Theme, [StaticFile])? {
        var cache = LoadCache()
        return prepare(options, &report, cache: &cache, keepCache: false)
    }

    /// Load (reusing the decoded files whose stamp did not change), theme, link, file checks.
    /// Without `keepCache` (a one-off build) the loaded documents are not kept beside the
    /// linked ones: linking rewrites every body that mentions an entity, and two versions of
    /// every body would be half the build's memory.
    static func prepare(_ options: BuildOptions, _ report: inout BuildReport, cache: inout LoadCache,
                        keepCache: Bool = true) -> (Site, Theme, [StaticFile])? {
        let previous = cache
        options.progress?(ProgressEvent(.load))
        var loaded = timed("load", &report) { Loader.load(contentDirectory: options.contentDirectory, reusing: previous) }
        cache = keepCache ? loaded.cache : LoadCache()
        loaded.cache = LoadCache()
        report.filesDecoded = loaded.filesDecoded
        let (theme, themeProblems) = timed("theme", &report) { Theme.load(directory: options.templatesDirectory) }
        report.diagnostics += loaded.diagnostics + themeProblems

        FileChecks.measureOriginals(&loaded.content, staticFiles: loaded.staticFiles)
        let drafts = Set(loaded.content.headers.filter(\.draft).map(\.id))
        options.progress?(ProgressEvent(.link))
        let (site, linkProblems) = timed("link", &report) {
            Linker.link(publishable(take(&loaded.content), options), leftOut: options.includeDrafts ? [] : drafts)
        }
        report.diagnostics += linkProblems
        let files = FileChecks.check(site.content, staticFiles: loaded.staticFiles)
        report.diagnostics += files.diagnostics
        report.diagnostics.sort()
        guard let theme else { return nil }
        return (site, theme, files.published)
    }

    /// The content moved out of `slot` (left empty), so that no copy keeps the loaded bodies alive.
    static func take(_ slot: inout Content) -> Content {
        let content = slot
        slot = Content(settings: content.settings)
        return content
    }

    /// The content as the options publish it: base URL, drafts left out unless asked for.
    /// The entry points refuse options with `problems`, so an override here is a checked one.
    static func publishable(_ content: consuming Content, _ options: BuildOptions) -> Content {
        if let base = options.baseURL {
            precondition(URLs.baseURLProblem(base) == nil, "an unchecked --base-url reached the build")
            content.settings.baseURL = URLs.normalizedBase(base)
        }
        if !options.includeDrafts { content = content.filtered { !$0.draft } }
        return content
    }

    static func timed<T>(_ stage: String, _ report: inout BuildReport, _ work: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try work()
        report.timings.append(StageTiming(stage: stage, seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
        return result
    }
}
