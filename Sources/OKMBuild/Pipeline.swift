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

    public init() {}
}

public struct StageTiming: Sendable {
    public var stage: String
    public var seconds: Double
}

public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic] = []
    public var filesWritten = 0
    public var pages = 0
    public var timings: [StageTiming] = []
    /// Record files read and decoded (the others were unchanged since the last build of a session).
    public var filesDecoded = 0
    /// Messages about the build itself rather than a file (WeasyPrint missing), printed as warnings.
    public var notices: [String] = []
    public var succeeded: Bool { !diagnostics.hasErrors && pages > 0 }
}

/// load → link → render → write. Each stage is a function of the one before it; the
/// first stage that reports an error stops the build before anything is written.
public enum Pipeline {
    /// Load and link: every diagnostic of the content and the theme, nothing written.
    public static func check(_ options: BuildOptions) -> BuildReport {
        var report = BuildReport()
        if let (site, _, _) = prepare(options, &report) {
            report.diagnostics = (report.diagnostics + Advice.warnings(site, today: options.today)).sorted()
        }
        return report
    }

    public static func build(_ options: BuildOptions) -> BuildReport {
        var report = BuildReport()
        guard let (site, theme, statics) = prepare(options, &report), !report.diagnostics.hasErrors else { return report }

        let pdf = options.pdf ? PDFStep.locate(options.weasyprint).map { PDFStep(weasyprint: $0, site: site) } : nil
        if options.pdf && pdf == nil { report.notices.append(PDFStep.missingMessage) }
        let search = options.searchIndex ? SearchIndex.locate(options.pagefind) : nil
        if options.searchIndex && search == nil { report.notices.append(SearchIndex.missingMessage) }
        var renderOptions = RenderOptions(language: options.language, today: options.today, pdfLinks: pdf != nil)
        renderOptions.search = search != nil
        var files = timed("render", &report) {
            Renderer.render(site, theme: theme, options: renderOptions)
        }
        report.pages = files.filter { $0.path.hasSuffix(".html") }.count
        files += statics.map { OutputFile(path: $0.relativePath, contents: .copy(from: $0.sourcePath)) }
        var searchProblem: String?
        do {
            report.filesWritten = try timed("write", &report) {
                try SiteWriter.write(files, to: options.outputDirectory, beforeSwap: { staging in
                    let pdfs = try pdf?.run(in: staging) ?? 0
                    guard let search else { return pdfs }
                    if let problem = search.index(site: staging) { searchProblem = problem }
                    return pdfs + SearchIndex.fileCount(site: staging)
                })
            }
        } catch {
            report.diagnostics.append(.error(SourceLocation(path: options.outputDirectory, line: 1, column: 1),
                                             "the site could not be written: \(WriteError.explain(error)); the previous output is unchanged"))
        }
        if let searchProblem { report.notices.append(searchProblem) }
        return report
    }

    static func prepare(_ options: BuildOptions, _ report: inout BuildReport) -> (Site, Theme, [StaticFile])? {
        var cache = LoadCache()
        return prepare(options, &report, cache: &cache)
    }

    /// Load (reusing the decoded files whose stamp did not change), theme, link, file checks.
    static func prepare(_ options: BuildOptions, _ report: inout BuildReport, cache: inout LoadCache) -> (Site, Theme, [StaticFile])? {
        let previous = cache
        let loaded = timed("load", &report) { Loader.load(contentDirectory: options.contentDirectory, reusing: previous) }
        cache = loaded.cache
        report.filesDecoded = loaded.filesDecoded
        let (theme, themeProblems) = timed("theme", &report) { Theme.load(directory: options.templatesDirectory) }
        report.diagnostics += loaded.diagnostics + themeProblems

        var content = loaded.content
        if let base = options.baseURL { content.settings.baseURL = base.hasSuffix("/") ? base : base + "/" }
        let drafts = Set(content.headers.filter(\.draft).map(\.id))
        if !options.includeDrafts { content = content.filtered { !$0.draft } }
        let (site, linkProblems) = timed("link", &report) { Linker.link(content, leftOut: options.includeDrafts ? [] : drafts) }
        report.diagnostics += linkProblems
        let files = FileChecks.check(content, staticFiles: loaded.staticFiles)
        report.diagnostics += files.diagnostics
        report.diagnostics.sort()
        guard let theme else { return nil }
        return (site, theme, files.published)
    }

    static func timed<T>(_ stage: String, _ report: inout BuildReport, _ work: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try work()
        report.timings.append(StageTiming(stage: stage, seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
        return result
    }
}
