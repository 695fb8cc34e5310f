import ArgumentParser
import Foundation
import OKMModel

/// The commands' `--help` texts in the user's language, from the message catalog (`help.*`):
/// `--messages bg|en` when it is on the command line, else the locale as for every message
/// (`MessageLanguage.fromEnvironment`). ArgumentParser's own words around them (USAGE,
/// OPTIONS, its usage errors) are compiled into it and stay English.
enum HelpWords {
    static let language: MessageLanguage = {
        let args = CommandLine.arguments
        for (i, a) in args.enumerated() {
            if a.hasPrefix("--messages="), let l = MessageLanguage(rawValue: String(a.dropFirst("--messages=".count)).lowercased()) { return l }
            if a == "--messages", i + 1 < args.count, let l = MessageLanguage(rawValue: args[i + 1].lowercased()) { return l }
        }
        return MessageLanguage.fromEnvironment(ProcessInfo.processInfo.environment)
    }()

    static func text(_ id: String, _ arguments: [String: MessageArgument] = [:]) -> String {
        Messages.say("help." + id, arguments, in: language)
    }
}

extension ArgumentHelp {
    /// An option's or argument's help from the catalog (`help.<id>`), in the user's language.
    static func words(_ id: String) -> ArgumentHelp { ArgumentHelp(HelpWords.text(id)) }
}
