import Foundation
import Hummingbird
import HummingbirdTesting
import OKMBuild
import OKMModel
@testable import OKMServe
import Testing

/// Issue 17, item 12 (the live loop): a save through the editor goes through serve's watcher
/// like a hand edit — the record's page in serve's folder is rebuilt and open tabs are told to reload.
@Suite(.serialized) struct EditorLiveLoopTests {
    @Test func aSaveInTheEditorRebuildsThePageAndReloadsTheTabs() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("okm-live-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: RoundTripTests.root + "/Tests/Fixtures/sites/basic/content", toPath: dir + "/content")
        var options = BuildOptions()
        options.contentDirectory = dir + "/content"
        options.templatesDirectory = RoundTripTests.root + "/templates"
        options.today = Day(year: 2016, month: 6, day: 1)
        // Below the system's range for outgoing connections (32768–60999 on Linux): a port
        // there may be taken by a connection of this very test process.
        let port = Int.random(in: 20_000..<32_000)
        let (lines, sink) = AsyncStream<String>.makeStream()
        let server = DevServer(options: options, port: UInt16(port)) { sink.yield($0) }
        // The whole of `okm serve`: the first build, the watcher on content/, the server.
        // A server that cannot start (its port taken) ends the stream: the test fails, it does not wait forever.
        let running = Task { do { try await server.run() } catch { sink.finish() } }
        defer { running.cancel() }
        var ready = false
        for await line in lines where line.hasPrefix("okm: editor: ") { ready = true; break }
        #expect(ready)
        // Not HummingbirdTesting's 15 s: in the whole suite on two loaded cores an editor request
        // that checks the site waited longer than that and failed with .readTimeout.
        let client = TestClient(host: "127.0.0.1", port: port, configuration: .init(timeout: .seconds(180)))
        client.connect()
        defer { Task { try? await client.shutdown() } }
        let editor = EditorPublishTests.Editor(client: client, port: port, secret: server.editorAccess.secret, content: dir + "/content")
        let serveFolder = DevServer.folder(contentDirectory: options.contentDirectory)

        /// The pages of serve's folder that hold a text.
        func pages(with text: String) -> [String] {
            (FileManager.default.subpaths(atPath: serveFolder) ?? []).filter { $0.hasSuffix("index.html") && !$0.hasPrefix("pagefind") }
                .filter { (try? String(contentsOfFile: serveFolder + "/" + $0, encoding: .utf8))?.contains(text) == true }
        }
        let rel = "news/2015/novina.md"
        let token = "zaglavie\(UInt16.random(in: 1000...9999))"
        let title = "Ново заглавие \(token)"
        // The first build has written the record's page (serve writes before it serves).
        #expect(!pages(with: "ДДЛРГ").isEmpty)
        #expect(pages(with: token).isEmpty)
        let version = await server.reload.version
        let hash = try await editor.hash(rel)
        let saved = try await editor.request(.post, "/__okm/edit/record?path=\(rel)", form: ["hash": hash, "f.title": title])
        #expect(saved.status == 200)
        #expect(try editor.file(rel).contains("title: \(title)\n"))
        // Nothing but the watcher rebuilds: wait for the page to change, as a tab would.
        var rebuilt: [String] = []
        for _ in 0..<600 where rebuilt.isEmpty {
            try await Task.sleep(nanoseconds: 100_000_000)
            rebuilt = pages(with: token)
        }
        #expect(rebuilt.contains { $0.hasPrefix("news/") }, "the record's page was not rebuilt after the save")
        var reloaded = false
        for _ in 0..<100 where !reloaded {
            reloaded = await server.reload.version > version
            if !reloaded { try await Task.sleep(nanoseconds: 100_000_000) }
        }
        #expect(reloaded, "open tabs were not told to reload")
    }
}
