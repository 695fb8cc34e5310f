import ArgumentParser
import Foundation
import OKMModel
import OKMBuild
import OKMServe

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: HelpWords.text("serve"),
        discussion: HelpWords.text("serve.discussion"))

    @OptionGroup var paths: Paths
    @OptionGroup var words: MessagesOption
    @Option(help: .words("serve.port")) var port: UInt16 = 1313
    @Option(help: .words("serve.host"))
    var host: String = DevServer.loopback
    @Flag(help: .words("serve.verbose")) var verbose = false

    func run() async throws {
        let language = words.language
        var options = paths.options
        options.today = .today
        try Output.refuseBadOptions(options, language)
        if DevServer.hostProblem(host) != nil {
            Output.err(Messages.say("serve.badHost", ["host": "\(host)"], in: language))
            throw ExitCode(1)
        }
        let server = DevServer(options: options, port: port, host: host, verbose: verbose, language: language) { line in Output.err(line) }
        // Ctrl-C or a TERM signal ends the server cleanly, with status 0.
        var sources: [DispatchSourceSignal] = []
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .main)
            source.setEventHandler {
                Output.err(Messages.say("cli.stopped", in: language))
                Foundation.exit(0)
            }
            source.resume()
            sources.append(source)
        }
        defer { sources.forEach { $0.cancel() } }
        do {
            try await server.run()
        } catch let busy as OutputLock.Busy {
            Output.err(Messages.say("cli.error", ["text": .message(busy.message)], in: language))
            throw ExitCode(1)
        }
    }
}
