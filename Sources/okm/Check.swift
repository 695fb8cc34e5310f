import ArgumentParser
import Foundation
import OKMBuild
import OKMModel

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: HelpWords.text("check"))

    enum Format: String, ExpressibleByArgument { case text, json }

    @OptionGroup var paths: Paths
    @OptionGroup var words: MessagesOption
    @Option(help: .words("check.format")) var format: Format = .text

    func run() throws {
        let language = words.language
        var options = paths.options
        options.today = Day.today
        try Output.refuseBadOptions(options, language)
        let report = Pipeline.check(options)
        let errors = report.diagnostics.filter { $0.severity == .error }.count
        let warnings = report.diagnostics.count - errors
        switch format {
        case .text:
            Output.print(report.diagnostics, quiet: false, options, language)
            Output.err(Messages.say("cli.checkSummary", ["errors": "\(errors)", "warnings": "\(warnings)"], in: language))
        case .json:
            Output.out(Diagnostic.json(report.diagnostics, language: language), terminator: "")
        }
        if errors > 0 { throw ExitCode(1) }
    }
}
