import OKMModel
import Hummingbird
import HummingbirdCore
import Logging

/// Serve's HTTP server: Hummingbird on SwiftNIO, bound to 127.0.0.1 only. The routes live in
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
            configuration: .init(address: .hostname("127.0.0.1", port: Int(port)), serverName: nil),
            onServerRunning: { [self] _ in
                log(Messages.say("serve.serving", ["folder": "\(output)", "address": "http://127.0.0.1:\(port)/"], in: language))
                log(Messages.say("serve.editor", ["address": "http://127.0.0.1:\(port)/__okm/edit/?key=\(editorAccess.secret)"], in: language))
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
