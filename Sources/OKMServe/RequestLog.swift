import Hummingbird

/// `okm serve --verbose`: a line per request, `okm: GET /about/ 200`.
struct RequestLog: RouterMiddleware {
    typealias Context = BasicRequestContext
    let log: @Sendable (String) -> Void

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            let response = try await next(request, context)
            log("okm: \(request.method) \(request.uri.path) \(response.status.code)")
            return response
        } catch let error as HTTPResponseError {
            log("okm: \(request.method) \(request.uri.path) \(error.status.code)")
            throw error
        }
    }
}
