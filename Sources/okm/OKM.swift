import ArgumentParser
import Foundation
import OKMBuild
import OKMModel

@main
struct OKM: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "okm",
        abstract: HelpWords.text("okm"),
        subcommands: [Build.self, Check.self, Serve.self, New.self, PrintEdition.self, Import.self, SchemaCommand.self],
        defaultSubcommand: Build.self)
}

struct Paths: ParsableArguments {
    @Option(help: .words("content")) var content = "content"
    @Option(help: .words("templates")) var templates = "templates"
    @Flag(help: .words("drafts")) var drafts = false
    @Option(help: .words("jobs"))
    var jobs: String?

    var options: BuildOptions {
        var o = BuildOptions()
        o.contentDirectory = content
        o.templatesDirectory = templates
        o.includeDrafts = drafts
        o.threads = ThreadCount.chosen(jobs, environment: ProcessInfo.processInfo.environment)
        return o
    }

    func validate() throws {
        let environment = ProcessInfo.processInfo.environment
        if let problem = ThreadCount.problem(jobs, environment: environment) {
            throw ValidationError(Messages.say(problem.key, ["value": "\(problem.value)", "maximum": "\(Threads.maximum)"],
                                               in: MessageLanguage.fromEnvironment(environment)))
        }
    }
}

/// `--jobs N` wins over `OKM_THREADS=N`; neither: nil (every core). An empty OKM_THREADS is not set.
enum ThreadCount {
    static func chosen(_ jobs: String?, environment: [String: String]) -> Int? {
        if let jobs { return Threads.parse(jobs) }
        return variable(environment).flatMap(Threads.parse)
    }

    /// The message key and the value typed when the count that decides is not a count.
    static func problem(_ jobs: String?, environment: [String: String]) -> (key: String, value: String)? {
        if let jobs { return Threads.parse(jobs) == nil ? ("cli.badJobs", BuildOptions.shown(jobs)) : nil }
        if let given = variable(environment), Threads.parse(given) == nil { return ("cli.badThreadsVariable", BuildOptions.shown(given)) }
        return nil
    }

    private static func variable(_ environment: [String: String]) -> String? {
        environment["OKM_THREADS"].flatMap { $0.isEmpty ? nil : $0 }
    }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: HelpWords.text("build"))

    @OptionGroup var paths: Paths
    @OptionGroup var words: MessagesOption
    @Option(help: .words("build.output")) var output = "output"
    @Option(name: .customLong("base-url"), help: .words("build.baseURL")) var baseURL: String?
    @Option(help: .words("language")) var language: String?
    @Flag(help: .words("build.quiet")) var quiet = false
    @Flag(help: .words("build.verbose")) var verbose = false
    @Flag(help: .words("build.pdf")) var pdf = false
    @Flag(name: .customLong("no-search"), help: .words("build.noSearch")) var noSearch = false

    func run() throws {
        let lang = words.language
        var options = paths.options
        options.outputDirectory = output
        options.pdf = pdf
        options.searchIndex = !noSearch
        options.baseURL = baseURL
        options.language = language
        options.today = Day.today
        try Output.refuseBadOptions(options, lang)
        let start = Date()
        let progress = TerminalProgress.line(quiet: quiet, lang)
        options.progress = progress?.handler
        let report = Pipeline.build(options)
        progress?.finish()
        for problem in report.problems { Output.err(Messages.say("cli.error", ["text": .message(problem)], in: lang)) }
        Output.print(report.diagnostics, quiet: quiet, options, lang)
        for notice in report.notices where !quiet { Output.err(Messages.say("cli.warning", ["text": .message(notice)], in: lang)) }
        if verbose {
            for t in report.timings {
                let stage = t.stage.padding(toLength: max(9, t.stage.count), withPad: " ", startingAt: 0)
                Output.err(Messages.say("cli.timing", ["stage": "\(stage)", "ms": .decimal(t.seconds * 1000, places: 1, width: 8)], in: lang)
                           + (t.peakMiB.map { Messages.say("cli.peakMemory", ["mib": "\($0)"], in: lang) } ?? ""))
            }
            if report.photosProcessed + report.photosFromCache > 0 {
                Output.err(Messages.say("cli.photos", ["processed": "\(report.photosProcessed)", "cached": "\(report.photosFromCache)"], in: lang))
            }
        }
        guard report.succeeded else {
            let errors = report.problems.count + report.diagnostics.filter { $0.severity == .error }.count
            Output.err(Messages.say("cli.buildFailed", ["count": "\(errors)", "output": "\(output)"], in: lang))
            throw ExitCode(1)
        }
        if !quiet {
            Output.out(Messages.say("cli.built", ["pages": "\(report.pages)", "files": "\(report.filesWritten)", "output": "\(output)",
                                                 "seconds": .decimal(Date().timeIntervalSince(start), places: 2)], in: lang))
        }
    }
}

enum Output {
    /// Stops before anything is built when an option is wrong: `okm: error: --base-url 'x' …`, exit 1.
    static func refuseBadOptions(_ options: BuildOptions, _ language: MessageLanguage) throws {
        let problems = options.problems
        guard !problems.isEmpty else { return }
        for p in problems { err(Messages.say("cli.error", ["text": .message(p)], in: language)) }
        throw ExitCode(1)
    }

    /// Each diagnostic, with its source line only from a file of `options`' content or templates folder.
    static func print(_ diagnostics: [Diagnostic], quiet: Bool, _ options: BuildOptions, _ language: MessageLanguage) {
        for d in diagnostics where !(quiet && d.severity == .warning) {
            err(DiagnosticPrinter.format(d, sourcesIn: [options.contentDirectory, options.templatesDirectory], language: language))
        }
    }

    /// A line on standard error: messages, diagnostics, summaries of failure.
    static func err(_ s: String) {
        FileHandle.standardError.write(Data((s + "\n").utf8))
    }

    /// A line on standard output: what a command made (a summary, a file's path, a report).
    static func out(_ s: String, terminator: String = "\n") {
        FileHandle.standardOutput.write(Data((s + terminator).utf8))
    }
}

extension Day {
    static var today: Day? {
        let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Europe/Sofia") ?? .current, from: Date())
        return Day(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1)
    }
}
