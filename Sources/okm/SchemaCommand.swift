import ArgumentParser
import OKMModel

/// `okm schema`: the front matter of every kind as JSON Schema, for editors.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: HelpWords.text("schema"),
        discussion: HelpWords.text("schema.discussion", ["kinds": "\(Kind.allCases.map(\.singular).joined(separator: ", "))"]))

    @Option(help: .words("schema.kind")) var kind: String?
    @OptionGroup var words: MessagesOption

    func run() throws {
        guard let kind else {
            // All of them, as one JSON object keyed by file name.
            let all = JSONSchema.all()
            Output.out(JSONTree.object(all.map { ($0.name, $0.tree) }).text, terminator: "")
            return
        }
        let word = kind.lowercased()
        if word == "site" || word == "site.yml" {
            Output.out(JSONSchema.siteDocument().text, terminator: "")
            return
        }
        guard let k = Kind.allCases.first(where: { $0.singular == word || $0.folder == word }) else {
            Output.err(Messages.say("cli.error", ["text": .phrase("cli.notAKind", ["kind": "\(kind)", "kinds": "\(Kind.allCases.map(\.singular).joined(separator: ", "))"])], in: words.language))
            throw ExitCode(1)
        }
        Output.out(JSONSchema.document(for: k).text, terminator: "")
    }
}
