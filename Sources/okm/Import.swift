import ArgumentParser
import Foundation
import OKMModel
import OKMBuild
import OKMImport

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: HelpWords.text("import"),
        discussion: HelpWords.text("import.discussion"))

    @Argument(help: .words("import.paths")) var paths: [String]
    @Option(help: .words("content")) var content = "content"
    @OptionGroup var words: MessagesOption
    @Flag(name: .customLong("dry-run"), help: .words("import.dryRun")) var dryRun = false
    @Flag(help: .words("import.quiet")) var quiet = false
    @Flag(name: .customLong("create-missing"), help: .words("import.createMissing")) var createMissing = false

    func run() throws {
        var options = Importer.Options()
        options.contentDirectory = content
        options.dryRun = dryRun
        options.createMissing = createMissing
        let language = words.language
        let progress = TerminalProgress.line(quiet: quiet, language)
        options.progress = progress?.handler
        var importer = Importer(options: options)
        var reports: [ImportReport] = []
        for path in paths { reports += importer.run(path) }
        progress?.finish()
        for r in reports { Output.out(r.text(in: language)) }
        if reports.count > 1 {
            Output.out(Messages.say("cli.importCount", ["count": "\(reports.count)"], in: language))
            for r in reports { Output.out(r.summaryLine(in: language)) }
        }
        if dryRun { Output.out(Messages.say("cli.importDryRun", in: language)) }
        if reports.contains(where: { !$0.problems.isEmpty }) { throw ExitCode(1) }
    }
}
