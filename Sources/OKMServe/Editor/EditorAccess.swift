import Foundation
import Hummingbird
import OKMBuild

/// Who may use the editor: a request that carries the per-run secret (once in the query, then
/// in an HttpOnly, SameSite=Strict cookie), to this server's own host; a POST whose Origin (or,
/// without one, Referer) is this server's own. Everything else under /__okm/edit is refused.
struct EditorAccess: Sendable {
    let secret: String
    let port: Int
    /// The address serve listens on (`okm serve --host`); its own name is accepted beside the loopback names.
    var host: String = DevServer.loopback
    static let cookie = "okm_edit"
    /// The largest request body the editor reads: a record's form, or an upload with its file (docs: "up to 10 MB").
    static let maxBody = 10 * 1024 * 1024

    /// 128 random bits, as 32 hex digits.
    static func newSecret() -> String {
        var g = SystemRandomNumberGenerator()
        return (0..<2).map { _ in
            let s = String(g.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - s.count) + s
        }.joined()
    }

    var hosts: [String] {
        var names = ["127.0.0.1:\(port)", "localhost:\(port)"]
        let own = "\(DevServer.urlHost(host)):\(port)"
        if !names.contains(own) { names.append(own) }
        return names
    }
    var origins: [String] { hosts.map { "http://" + $0 } }

    /// Compares in time that does not depend on where the strings differ.
    func isSecret(_ s: String?) -> Bool {
        guard let s else { return false }
        let a = Array(s.utf8), b = Array(secret.utf8)
        guard a.count == b.count else { return false }
        var d: UInt8 = 0
        for i in a.indices { d |= a[i] ^ b[i] }
        return d == 0
    }

    func cookieSecret(_ request: Request) -> String? {
        for header in request.headers[values: .cookie] {
            for part in header.split(separator: ";") {
                let kv = part.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1).map(String.init)
                if kv.count == 2, kv[0] == Self.cookie { return kv[1] }
            }
        }
        return nil
    }

    /// Why a request is refused, or nil when it may go on.
    func refusal(_ request: Request) -> HTTPResponse.Status? {
        guard let host = request.head.authority, hosts.contains(host) else { return .forbidden }
        if request.method == .post {
            if let origin = request.headers[.origin] {
                guard origins.contains(origin) else { return .forbidden }
            } else if let referer = request.headers[.referer] {
                guard origins.contains(where: { referer.hasPrefix($0 + "/") }) else { return .forbidden }
            } else {
                return .forbidden
            }
            if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > Self.maxBody { return .contentTooLarge }
        }
        return isSecret(cookieSecret(request)) ? nil : .forbidden
    }
}

/// Guards every path under /__okm/edit: the secret in the query sets the cookie and sends the
/// browser to the same address without it; a request refused gets 403 (413 for a body too large).
struct EditorGuard: RouterMiddleware {
    typealias Context = BasicRequestContext
    let access: EditorAccess
    /// Where the site's language comes from, for the words of a refusal.
    let options: BuildOptions

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.uri.path == "/__okm/edit" || request.uri.path.hasPrefix("/__okm/edit/") else {
            return try await next(request, context)
        }
        if request.method == .get, let key = request.uri.queryParameters.get("key"), access.isSecret(key) {
            guard let host = request.head.authority, access.hosts.contains(host) else {
                return refused(.forbidden)
            }
            return Response(status: .seeOther, headers: [
                .location: "/__okm/edit/",
                .setCookie: "\(EditorAccess.cookie)=\(access.secret); Path=/__okm/edit; HttpOnly; SameSite=Strict",
                .cacheControl: "no-store",
            ])
        }
        if let status = access.refusal(request) { return refused(status) }
        var response = try await next(request, context)
        response.headers[.cacheControl] = "no-store"
        response.headers[.init("X-Frame-Options")!] = "DENY"
        // A page that says its own policy (the preview: the site's page with its styles and images) keeps it.
        if response.headers[.init("Content-Security-Policy")!] == nil { response.headers[.init("Content-Security-Policy")!] = Self.policy }
        return response
    }

    /// The editor's pages load nothing but its own script (no inline script) and post only to itself.
    static let policy = "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'"

    func refused(_ status: HTTPResponse.Status) -> Response {
        DevServer.refuse(status, status == .contentTooLarge ? "too_large" : "key", options)
    }
}
