import ArgumentParser
import Foundation
import OKMBuild
import OKMModel

@main
struct OKM: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "okm",
        abstract: "Builds the records of the coordination mechanisms into a static site.",
        subcommands: [Build.self, Check.self, Serve.self, New.self, PrintEdition.self, Import.self, SchemaCommand.self],
        defaultSubcommand: Build.self)
}

struct Paths: ParsableArguments {
    @Option(help: "The content folder.") var content = "content"
    @Option(help: "The templates folder.") var templates = "templates"
    @Flag(help: "Include drafts.") var drafts = false

    var options: BuildOptions {
        var o = BuildOptions()
        o.contentDirectory = content
        o.templatesDirectory = templates
        o.includeDrafts = drafts
        return o
    }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Load, link, render and write the site.")

    @OptionGroup var paths: Paths
    @Option(help: "The output folder; replaced whole only when the build succeeds.") var output = "output"
    @Option(name: .customLong("base-url"), help: "Overrides base_url of site.yml.") var baseURL: String?
    @Option(help: "UI language (bg or en); site.yml's by default.") var language: String?
    @Flag(help: "Print only errors (and no progress line).") var quiet = false
    @Flag(help: "Print the time of every stage and the peak memory after it.") var verbose = false
    @Flag(help: "Also make a PDF of every protocol's print edition and of each yearly volume (needs WeasyPrint).") var pdf = false
    @Flag(name: .customLong("no-search"), help: "Do not index the site with Pagefind (its search page then says search is unavailable).") var noSearch = false

    func run() throws {
        var options = paths.options
        options.outputDirectory = output
        options.pdf = pdf
        options.searchIndex = !noSearch
        options.baseURL = baseURL
        options.language = language
        options.today = Day.today
        try Output.refuseBadOptions(options)
        let start = Date()
        let progress = TerminalProgress.line(quiet: quiet)
        options.progress = progress?.handler
        let report = Pipeline.build(options)
        progress?.finish()
        for problem in report.problems { Output.err("okm: error: \(problem)") }
        Output.print(report.diagnostics, quiet: quiet, options)
        for notice in report.notices where !quiet { Output.err("okm: warning: \(notice)") }
        if verbose {
            for t in report.timings {
                Output.err(String(format: "%-9@ %8.1f ms", t.stage, t.seconds * 1000) + (t.peakMiB.map { "   peak memory \($0) MiB" } ?? ""))
            }
            if report.photosProcessed + report.photosFromCache > 0 {
                Output.err("photos: \(report.photosProcessed) processed, \(report.photosFromCache) from the cache (.okm/cache/images/)")
            }
        }
        guard report.succeeded else {
            let errors = report.problems.count + report.diagnostics.filter { $0.severity == .error }.count
            Output.err("okm: build failed with \(errors) error(s); \(output)/ was not changed")
            throw ExitCode(1)
        }
        if !quiet {
            print(String(format: "okm: %d pages, %d files written to %@/ in %.2f s", report.pages, report.filesWritten, output, Date().timeIntervalSince(start)))
        }
    }
}

enum Output {
    /// Stops before anything is built when an option is wrong: `okm: error: --base-url 'x' …`, exit 1.
    static func refuseBadOptions(_ options: BuildOptions) throws {
        let problems = options.problems
        guard !problems.isEmpty else { return }
        for p in problems { err("okm: error: \(p)") }
        throw ExitCode(1)
    }

    /// Each diagnostic, with its source line only from a file of `options`' content or templates folder.
    static func print(_ diagnostics: [Diagnostic], quiet: Bool, _ options: BuildOptions) {
        for d in diagnostics where !(quiet && d.severity == .warning) {
            err(DiagnosticPrinter.format(d, sourcesIn: [options.contentDirectory, options.templatesDirectory]))
        }
    }

    static func err(_ s: String) {
        FileHandle.standardError.write(Data((s + "\n").utf8))
    }
}

extension Day {
    static var today: Day? {
        let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Europe/Sofia") ?? .current, from: Date())
        return Day(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1)
    }
}
