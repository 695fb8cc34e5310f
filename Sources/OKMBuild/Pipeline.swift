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
    public var succeeded: Bool { !diagnostics.hasErrors && filesWritten > 0 }
}

/// load → link → render → write. Each stage is a function of the one before it; the
/// first stage that reports an error stops the build before anything is written.
public enum Pipeline {
    /// Load and link: every diagnostic of the content and the theme, nothing written.
    public static func check(_ options: BuildOptions) -> BuildReport {
        var report = BuildReport()
        _ = prepare(options, &report)
        return report
    }

    public static func build(_ options: BuildOptions) -> BuildReport {
        var report = BuildReport()
        guard let (site, theme, statics) = prepare(options, &report), !report.diagnostics.hasErrors else { return report }

        var files = timed("render", &report) {
            Renderer.render(site, theme: theme, options: RenderOptions(language: options.language, today: options.today))
        }
        report.pages = files.filter { $0.path.hasSuffix(".html") }.count
        files += statics.map { OutputFile(path: $0.relativePath, contents: .copy(from: $0.sourcePath)) }
        do {
            report.filesWritten = try timed("write", &report) { try SiteWriter.write(files, to: options.outputDirectory) }
        } catch {
            report.diagnostics.append(.error(SourceLocation(path: options.outputDirectory, line: 1, column: 1),
                                             "the site could not be written: \(error); the previous output is unchanged"))
        }
        return report
    }

    static func prepare(_ options: BuildOptions, _ report: inout BuildReport) -> (Site, Theme, [StaticFile])? {
        let loaded = timed("load", &report) { Loader.load(contentDirectory: options.contentDirectory) }
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
