import Foundation

/// Server-sent events to every open tab: `event: reload` after each rebuild.
actor LiveReload {
    private var clients: [UUID: AsyncStream<[UInt8]>.Continuation] = [:]
    private(set) var version = 0

    func connect() -> AsyncStream<[UInt8]> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream()
        continuation.onTermination = { _ in Task { await self.disconnect(id) } }
        clients[id] = continuation
        continuation.yield(Array("retry: 500\n: connected \(version)\n\n".utf8))
        return stream
    }

    private func disconnect(_ id: UUID) { clients[id] = nil }

    func broadcast() {
        version += 1
        let message = Array("event: reload\ndata: \(version)\n\n".utf8)
        for c in clients.values { c.yield(message) }
    }

    func ping() {
        for c in clients.values { c.yield(Array(": ping\n\n".utf8)) }
    }

    var count: Int { clients.count }
}
