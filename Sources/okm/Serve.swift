import ArgumentParser
import Foundation
import OKMModel
import OKMBuild
import OKMServe

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build into .okm/serve/, serve it on 127.0.0.1, rebuild on every change and reload open pages. Drafts are shown.",
        discussion: """
            serve writes its own folder, .okm/serve/ beside the content folder, and never output/:
            its pages show drafts, so they must not be published. Publish with okm build.
            """)

    @OptionGroup var paths: Paths
    @OptionGroup var words: MessagesOption
    @Option(help: "The port to listen on.") var port: UInt16 = 1313
    @Option(help: "The address to listen on: 127.0.0.1 (this computer only) unless you give this computer's address on the office network for a colleague (see docs: the editor is then reachable by anyone who has its secret).")
    var host: String = DevServer.loopback
    @Flag(help: "Also print the HTTP server's line for every connection.") var verbose = false

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
