import Hummingbird

/// `GET /__okm/events`: the live-reload events (server-sent events) every served page listens to.
extension DevServer {
    func addEventRoutes(to router: Router<BasicRequestContext>) {
        router.get("/__okm/events") { [reload] _, _ -> Response in
            let stream = await reload.connect()
            // The body stays open and is written as events happen (chunked transfer encoding);
            // a closed tab ends it at the next event or ping, when the write fails.
            return Response(
                status: .ok,
                headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-cache"],
                body: ResponseBody { writer in
                    for await chunk in stream { try await writer.write(ByteBuffer(bytes: chunk)) }
                    try await writer.finish(nil)
                })
        }
    }
}
