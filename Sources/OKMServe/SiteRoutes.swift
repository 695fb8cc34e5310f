import Foundation
import Hummingbird

/// Every path no route takes is the site's: GET and HEAD answer with the files of serve's
/// folder (the reload script in every page, the error overlay instead of pages while the
/// content has errors, the site's 404 page); any other method gets 405 with `Allow: GET, HEAD`.
/// A middleware rather than a `**` route: the router then says "not found" for `/__okm/x`
/// (a path beside a route) too, and it lands here instead of a bare 404.
struct SiteFallback: RouterMiddleware {
    typealias Context = BasicRequestContext
    let server: DevServer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            switch request.method {
            case .get: return server.respond(to: request.uri.path)
            // As GET, without the body; Content-Length says how long it would be.
            case .head: return server.respond(to: request.uri.path).createHeadResponse()
            default: return Response(status: .methodNotAllowed, headers: [.allow: "GET, HEAD", .contentLength: "0"])
            }
        }
    }
}

extension DevServer {
    /// The answer for a request's raw (still percent-encoded) path.
    func respond(to path: String) -> Response {
        let current = currentErrors
        guard var relative = Self.servedPath(path) else {
            return Response(status: .badRequest, headers: [.contentType: "text/plain; charset=utf-8"], body: body(Data("bad path\n".utf8)))
        }
        if relative.hasSuffix("/") || relative.isEmpty { relative += "index.html" }
        var file = output + relative
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: file, isDirectory: &isDir), isDir.boolValue {
            file += "/index.html"  // a folder asked for without its last "/"
        }
        let isHTML = file.hasSuffix(".html")
        if !current.isEmpty && (isHTML || !FileManager.default.fileExists(atPath: file)) {
            return html(Overlay.page(current), status: .ok)
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            let notFound = FileManager.default.contents(atPath: output + "/404.html").map { String(decoding: $0, as: UTF8.self) } ?? "Not found"
            return html(notFound, status: .notFound)
        }
        if isHTML { return html(String(decoding: data, as: UTF8.self), status: .ok) }
        return Response(status: .ok, headers: [.contentType: Self.contentType(file)], body: body(data))
    }

    /// A request's path, percent-decoded exactly once, or nil when it cannot name a file of
    /// serve's folder: not UTF-8, a NUL or other control character (`/sitemap.xml%00.html`
    /// was served as HTML), a backslash, or a `.`/`..` segment, written or encoded (`%2e%2e`).
    static func servedPath(_ raw: String) -> String? {
        guard raw.hasPrefix("/"), let decoded = raw.removingPercentEncoding else { return nil }
        if decoded.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\\" }) { return nil }
        if decoded.split(separator: "/", omittingEmptySubsequences: false).contains(where: { $0 == ".." || $0 == "." }) { return nil }
        return decoded
    }

    func html(_ text: String, status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                 body: body(Data(Overlay.withReloadScript(text).utf8)))
    }

    func body(_ data: Data) -> ResponseBody { ResponseBody(byteBuffer: ByteBuffer(bytes: data)) }

    static func contentType(_ file: String) -> String {
        switch (file as NSString).pathExtension.lowercased() {
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "xml": "application/xml"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "pdf": "application/pdf"
        case "ics": "text/calendar; charset=utf-8"
        case "csv": "text/csv; charset=utf-8"
        case "txt": "text/plain; charset=utf-8"
        default: "application/octet-stream"
        }
    }
}
