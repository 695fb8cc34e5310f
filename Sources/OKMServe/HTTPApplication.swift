import OKMModel
import Hummingbird
import HummingbirdCore
import Logging

/// Serve's HTTP server: Hummingbird on SwiftNIO, bound to 127.0.0.1 (or the one address `--host` names). The routes live in
/// files of their own (`EventRoutes`; `SiteRoutes`, the site's files, for every path no route
/// takes); a later feature adds its routes in its own file and one line in `router()`.
extension DevServer {
    /// The request head (request line and headers) a browser sends is a few kilobytes. NIO's
    /// parser counts the URL against these limits and stops at the first byte over them: a
    /// longer head gets 400 and the connection is closed, without holding up other connections
    /// (FlyingFox read a 256 KB request line byte by byte, in time that grew with its square).
    static let maxHeaderFieldSize = 16 * 1024
    static let maxHeadSize = 64 * 1024

    func application() -> some ApplicationProtocol {
        let limits = HTTP1Channel.Configuration.DecoderConfiguration(
            maxHeaderFieldSize: Self.maxHeaderFieldSize, maxHeaderListSize: Self.maxHeadSize)
        return Application(
            router: router(),
            server: .http1(configuration: .init(httpDecoderConfiguration: limits)),
            configuration: .init(address: .hostname(host, port: Int(port)), serverName: nil),
            onServerRunning: { [self] _ in
                let address = "http://\(Self.urlHost(host)):\(port)/"
                log(Messages.say("serve.serving", ["folder": "\(output)", "address": "\(address)"], in: language))
                log(Messages.say("serve.editor", ["address": "\(address)__okm/edit/?key=\(editorAccess.secret)"], in: language))
                // Said loudly, after the address: on another address than this computer's own,
                // whoever can reach the port and has the secret can change content/.
                if !Self.isLoopback(host) { log(Messages.say("serve.exposed", ["address": "\(address)"], in: language)) }
            },
            // Hummingbird's own log lines (server started, parse errors) are not for the
            // secretaries; serve prints its own.
            logger: Logger(label: "okm.serve", factory: { _ in SwiftLogNoOpLogHandler() }))
    }

    func router() -> Router<BasicRequestContext> {
        let router = Router()
        if verbose { router.add(middleware: RequestLog(log: log, language: language)) }
        // Added first, so that it also answers what no route takes (the router's not-found).
        router.add(middleware: SiteFallback(server: self))
        addEventRoutes(to: router)
        addEditorRoutes(to: router)
        return router
    }
}
