import Foundation
import Hummingbird
import HummingbirdTesting
import OKMBuild
import OKMModel
@testable import OKMServe
import Testing

/// Issue 17, item 10: serve listens on 127.0.0.1 unless `--host` names another address of this
/// computer (for a colleague on the office network); then it says loudly what that exposes, and
/// the editor answers requests made to that address as to its own.
@Suite(.serialized) struct EditorHostTests {
    @Test func everyAddressAndNonAddressesAreRefused() {
        #expect(DevServer.hostProblem("0.0.0.0") != nil)
        #expect(DevServer.hostProblem("::") != nil)
        #expect(DevServer.hostProblem("") != nil)
        #expect(DevServer.hostProblem("192.168.1.20 ; rm") != nil)
        #expect(DevServer.hostProblem("192.168.1.20") == nil)
        #expect(DevServer.hostProblem("fe80::1") == nil)
        #expect(DevServer.hostProblem("office-pc") == nil)
    }

    @Test func theEditorAcceptsItsOwnAddressAndNoOther() {
        let access = EditorAccess(secret: "s", port: 1313, host: "192.168.1.20")
        #expect(access.hosts.contains("192.168.1.20:1313"))
        #expect(access.origins.contains("http://192.168.1.20:1313"))
        #expect(!access.hosts.contains("192.168.1.21:1313"))
        #expect(EditorAccess(secret: "s", port: 1313, host: "fe80::1").hosts.contains("[fe80::1]:1313"))
        // On the loopback only the loopback names.
        #expect(EditorAccess(secret: "s", port: 1313).hosts == ["127.0.0.1:1313", "localhost:1313"])
    }

    /// Served on another loopback address (127.0.0.2 stands in for the office network's): the
    /// lines name it, the warning follows the editor's line, and the editor answers there.
    @Test func servedOnAnotherAddressItSaysSoAndAnswersThere() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("okm-host-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: RoundTripTests.root + "/Tests/Fixtures/sites/basic/content", toPath: dir + "/content")
        var options = BuildOptions()
        options.contentDirectory = dir + "/content"
        options.templatesDirectory = RoundTripTests.root + "/templates"
        // Below the system's range for outgoing connections (32768–60999 on Linux): a port
        // there may be taken by a connection of this very test process.
        let port = Int.random(in: 20_000..<32_000)
        let (lines, sink) = AsyncStream<String>.makeStream()
        let server = DevServer(options: options, port: UInt16(port), host: "127.0.0.2") { sink.yield($0) }
        let running = Task { do { try await server.application().run() } catch { sink.finish() } }
        defer { running.cancel() }
        var said: [String] = []
        for await line in lines {
            said.append(line)
            if line.contains("WARNING") || said.count > 10 { break }
        }
        let editorLine = try #require(said.first { $0.hasPrefix("okm: editor: ") })
        #expect(editorLine.hasPrefix("okm: editor: http://127.0.0.2:\(port)/__okm/edit/?key="))
        #expect(said.last?.contains("anyone who can reach http://127.0.0.2:\(port)/") == true)
        // Not HummingbirdTesting's 15 s: in the whole suite on two loaded cores an editor request
        // that checks the site waited longer than that and failed with .readTimeout.
        let client = TestClient(host: "127.0.0.2", port: port, configuration: .init(timeout: .seconds(180)))
        client.connect()
        let response = try await client.execute(.init("/__okm/edit/", method: .get, authority: "127.0.0.2:\(port)",
                                                      headers: [.cookie: "\(EditorAccess.cookie)=\(server.editorAccess.secret)"]))
        #expect(response.status.code == 200)
        let other = try await client.execute(.init("/__okm/edit/", method: .get, authority: "127.0.0.3:\(port)",
                                                   headers: [.cookie: "\(EditorAccess.cookie)=\(server.editorAccess.secret)"]))
        #expect(other.status.code == 403)
        try await client.shutdown()
    }
}
