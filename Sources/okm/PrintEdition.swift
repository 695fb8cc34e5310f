import ArgumentParser
import Foundation
import OKMModel
import OKMBuild

struct PrintEdition: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: HelpWords.text("print"),
        discussion: HelpWords.text("print.discussion"))

    @OptionGroup var paths: Paths
    @OptionGroup var words: MessagesOption
    @Argument(help: .words("print.protocol")) var protocolName: String
    @Flag(help: .words("print.internal")) var `internal` = false
    @Option(name: .shortAndLong, help: .words("print.output")) var output: String
    @Option(name: .customLong("site-output"), help: .words("print.siteOutput")) var siteOutput = "output"
    @Option(help: .words("language")) var language: String?

    func run() throws {
        let words = self.words.language
        var options = paths.options
        options.outputDirectory = siteOutput
        options.language = language
        try Output.refuseBadOptions(options, words)
        let report = Pipeline.printEdition(PrintRequest(protocolName: protocolName, destination: output, isInternal: `internal`), options)
        Output.print(report.diagnostics, quiet: false, options, words)
        guard report.succeeded else {
            Output.err(Messages.say("cli.printFailed", ["count": "\(report.diagnostics.filter { $0.severity == .error }.count)"], in: words))
            throw ExitCode(1)
        }
        Output.out(Messages.say(`internal` ? "cli.internalWritten" : "cli.printWritten", ["output": "\(output)"], in: words))
    }
}
