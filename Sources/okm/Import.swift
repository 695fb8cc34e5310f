import ArgumentParser
import Foundation
import OKMModel
import OKMBuild
import OKMImport

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turn existing documents (.docx, .doc, .odt, .rtf, .html, .txt) into draft records, with a report of what was read and from where.",
        discussion: """
            A protocol is recognised by its conventions ("ПРОТОКОЛ № 2/25.11.2014 г.", "Днес, …", ОДОБРЯВАМ, \
            the agenda with "Докладва:", "По т. N", decisions, "Изготвил:"); any other document becomes a news \
            item. Every record is written with draft: true, never over an existing file. Nothing is guessed: \
            what was not read is listed. Names are matched against the site's records; the others are listed \
            (--create-missing writes a draft record for each).
            """)

    @Argument(help: "A document, or a folder of documents.") var paths: [String]
    @Option(help: "The content folder.") var content = "content"
    @OptionGroup var words: MessagesOption
    @Flag(name: .customLong("dry-run"), help: "Print the report only; write nothing.") var dryRun = false
    @Flag(help: "Draw no progress line while a folder is read (there is none unless standard error is a terminal).") var quiet = false
    @Flag(name: .customLong("create-missing"), help: "Write a draft person record for each name that matches no record.") var createMissing = false

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
