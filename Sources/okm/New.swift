import ArgumentParser
import Foundation
import OKMBuild
import OKMModel

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: HelpWords.text("new"),
        discussion: HelpWords.text("new.kinds"))

    @Argument(help: .words("new.kind")) var kind: String
    @Argument(help: .words("new.title")) var title: String?
    @Option(help: .words("new.region")) var region: String?
    @Option(help: .words("content")) var content = "content"
    @Option(help: .words("templates")) var templates = "templates"
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
