import ArgumentParser
import Foundation
import OKMModel

/// `--messages bg|en` on every command: the language okm speaks in. Without it, the locale
/// decides as Unix tools read it (MessageLanguage.fromEnvironment). The help texts follow the
/// same choice (HelpWords); ArgumentParser's own words around them stay English.
struct MessagesOption: ParsableArguments {
    @Option(name: .customLong("messages"), help: .words("messages"))
    var messages: String?

    var language: MessageLanguage {
        MessageLanguage.choose(messages, environment: ProcessInfo.processInfo.environment) ?? .en
    }

    func validate() throws {
        if MessageLanguage.choose(messages, environment: [:]) == nil {
            throw ValidationError(Messages.say("cli.badMessages", ["value": "\(messages ?? "")"], in: MessageLanguage.fromEnvironment(ProcessInfo.processInfo.environment)))
        }
    }
}
