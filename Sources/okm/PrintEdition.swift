import ArgumentParser
import Foundation
import OKMModel
import OKMBuild

struct PrintEdition: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Write one protocol's print edition to a file outside the site (.html, or .pdf with WeasyPrint).",
        discussion: """
            With --internal the edition carries the confidential blocks (case details of children)
            and is marked "За вътрешно ползване" on every page. It is refused inside the output
            and content folders: keep it off the web server and out of e-mail.
            """)

    @OptionGroup var paths: Paths
    @OptionGroup var words: MessagesOption
    @Argument(help: "The protocol: its slug (ruse-2014-11-25), protocols/<slug>, or its file.") var protocolName: String
    @Flag(help: "Include the confidential blocks; for the members of the mechanism only.") var `internal` = false
    @Option(name: .shortAndLong, help: "The file to write: name.html or name.pdf, outside the output folder.") var output: String
    @Option(name: .customLong("site-output"), help: "The site's output folder, which the edition must stay out of.") var siteOutput = "output"
    @Option(help: "UI language (bg or en); site.yml's by default.") var language: String?

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
