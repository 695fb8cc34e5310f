import ArgumentParser
import Foundation
import OKMModel

/// `--messages bg|en` on every command: the language okm speaks in. Without it, the locale
/// decides as Unix tools read it (MessageLanguage.fromEnvironment). ArgumentParser's help
/// texts stay English.
struct MessagesOption: ParsableArguments {
    @Option(name: .customLong("messages"), help: "The language of okm's messages: bg or en (by default LC_ALL, LC_MESSAGES or LANG: bg_* is Bulgarian).")
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
