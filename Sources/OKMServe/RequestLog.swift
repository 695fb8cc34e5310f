import OKMModel
import Hummingbird

/// `okm serve --verbose`: a line per request, `okm: GET /about/ 200`.
struct RequestLog: RouterMiddleware {
    typealias Context = BasicRequestContext
    let log: @Sendable (String) -> Void
    let language: MessageLanguage

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            let response = try await next(request, context)
            log(Messages.say("serve.request", ["method": "\(request.method)", "path": "\(request.uri.path)", "status": "\(response.status.code)"], in: language))
            return response
        } catch let error as HTTPResponseError {
            log(Messages.say("serve.request", ["method": "\(request.method)", "path": "\(request.uri.path)", "status": "\(error.status.code)"], in: language))
            throw error
        }
    }
}
