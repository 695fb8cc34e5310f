import ArgumentParser
import Foundation
import OKMBuild
import OKMModel

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a new record from templates/archetypes/ with today's date (never overwrites).",
        discussion: "Kinds: protocol, news, event, page, institution, service, project, organization, person, region.")

    @Argument(help: "The kind of record.") var kind: String
    @Argument(help: "The title or name (Cyrillic is fine; the file name is transliterated).") var title: String?
    @Option(help: "The region's slug (required for protocols and events).") var region: String?
    @Option(help: "The content folder.") var content = "content"
    @Option(help: "The templates folder.") var templates = "templates"
    @OptionGroup var words: MessagesOption

    func run() throws {
        guard let today = Day.today else { throw ExitCode(1) }
        var request = NewRecord.Request(kind: kind, title: title, region: region, today: today)
        request.contentDirectory = content
        request.templatesDirectory = templates
        do {
            let path = try NewRecord.create(request)
            Output.out(path)
        } catch let failure as NewRecord.Failure {
            Output.err(Messages.say("cli.newFailed", ["text": .message(failure.message)], in: words.language))
            throw ExitCode(1)
        }
    }
}
