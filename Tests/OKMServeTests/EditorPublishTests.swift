import Foundation
import Hummingbird
import HummingbirdTesting
import OKMBuild
import OKMModel
@testable import OKMServe
import Testing

/// Issue 17, items 2 and 6 (checks where the mistake is, the publish button): the editor through HTTP, as a browser uses it, against `okm serve`'s own server on
/// 127.0.0.1, over a copy of the basic fixture site with drafts of its own.
@Suite(.serialized) struct EditorPublishTests {
    static let root = RoundTripTests.root

    /// A draft whose records all exist: `okm check` finds no error in it.
    static let cleanDraft = "---\nregion: ruse\ndate: 2015-05-12\n# прегледан от секретаря\ndraft: true\nplace: Зала 1\n---\nТекст.\n"
    /// A draft that names a person who has no record: an error on its `chair` line (line 4).
    static let brokenDraft = "---\nregion: ruse\ndate: 2015-05-13\nchair: nyama-takav\ndraft: true\n---\nТекст.\n"

    /// A served copy of the basic site; `body` runs with a client and the site's content folder.
    static func withEditor(language: String = "bg", _ body: @Sendable (Editor) async throws -> Void) async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("okm-editor-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: root + "/Tests/Fixtures/sites/basic/content", toPath: dir + "/content")
        try cleanDraft.write(toFile: dir + "/content/protocols/2015/clean.md", atomically: true, encoding: .utf8)
        try brokenDraft.write(toFile: dir + "/content/protocols/2015/broken.md", atomically: true, encoding: .utf8)
        if language != "bg" {
            let site = try String(contentsOfFile: dir + "/content/site.yml", encoding: .utf8)
            try site.replacingOccurrences(of: "language: bg", with: "language: \(language)").write(toFile: dir + "/content/site.yml", atomically: true, encoding: .utf8)
        }
        var options = BuildOptions()
        options.contentDirectory = dir + "/content"
        options.templatesDirectory = root + "/templates"
        options.today = Day(year: 2015, month: 6, day: 1)
        // Below the system's range for outgoing connections (32768–60999 on Linux): a port
        // there may be taken by a connection of this very test process.
        let port = Int.random(in: 20_000..<32_000)
        let (lines, sink) = AsyncStream<String>.makeStream()
        let server = DevServer(options: options, port: UInt16(port)) { sink.yield($0) }
        // A server that cannot start (its port taken) ends the stream: the test fails, it does not wait forever.
        let running = Task { do { try await server.application().run() } catch { sink.finish() } }
        defer { running.cancel() }
        for await line in lines where line.hasPrefix("okm: editor: ") { break }
        // Not HummingbirdTesting's 15 s: in the whole suite on two loaded cores an editor request
        // that checks the site waited longer than that and failed with .readTimeout.
        let client = TestClient(host: "127.0.0.1", port: port, configuration: .init(timeout: .seconds(180)))
        client.connect()
        let editor = Editor(client: client, port: port, secret: server.editorAccess.secret, content: dir + "/content")
        do { try await body(editor) } catch { try? await client.shutdown(); throw error }
        try await client.shutdown()
    }

    struct Editor: Sendable {
        let client: TestClient
        let port: Int
        let secret: String
        let content: String

        func request(_ method: HTTPRequest.Method, _ uri: String, form: [String: String]? = nil) async throws -> (status: Int, body: String) {
            var headers: HTTPFields = [.cookie: "\(EditorAccess.cookie)=\(secret)"]
            var body: ByteBuffer?
            if let form {
                headers[.origin] = "http://127.0.0.1:\(port)"
                headers[.contentType] = "application/x-www-form-urlencoded"
                let text = form.sorted { $0.key < $1.key }.map { "\(urlQuery($0.key))=\(urlQuery($0.value))" }.joined(separator: "&")
                body = ByteBuffer(string: text)
                headers[.contentLength] = String(text.utf8.count)
            }
            let response = try await client.execute(.init(uri, method: method, authority: "127.0.0.1:\(port)", headers: headers, body: body))
            return (response.status.code, response.body.map { String(buffer: $0) } ?? "")
        }

        func file(_ rel: String) throws -> String { try String(contentsOfFile: content + "/" + rel, encoding: .utf8) }

        /// The hash the record's form carries.
        func hash(_ rel: String) async throws -> String {
            let form = try await request(.get, "/__okm/edit/record?path=\(rel)").body
            return RoundTripTests.submit(form)["hash"] ?? ""
        }
    }

    /// A form opens with the fields a secretary fills in (title, date…); `type` and `slug`,
    /// which the folder and the file name already give, come last.
    @Test func theFormPutsTypeAndSlugLast() async throws {
        try await Self.withEditor { editor in
            let page = try await editor.request(.get, "/__okm/edit/record?path=protocols/2015/clean.md").body
            let place = { (id: String) in page.range(of: "id=\"\(id)\"")?.lowerBound }
            let date = try #require(place("f.date")), type = try #require(place("f.type")), slug = try #require(place("f.slug"))
            #expect(date < type && date < slug)
            #expect(page.range(of: "id=\"f.", options: [])?.lowerBound != type)
        }
    }

    @Test func startPageCountsEachRecordsErrorsAndWarnings() async throws {
        try await Self.withEditor { editor in
            let page = try await editor.request(.get, "/__okm/edit/")
            #expect(page.status == 200)
            let line = page.body.split(separator: "\n").first { $0.contains("path=protocols/2015/broken.md") }.map(String.init) ?? ""
            #expect(line.contains("<span class=\"errors\">грешки: 1</span>"), "\(line)")
            let clean = page.body.split(separator: "\n").first { $0.contains("path=protocols/2015/clean.md") }.map(String.init) ?? ""
            #expect(!clean.isEmpty && !clean.contains("class=\"errors\""), "\(clean)")
        }
    }

    @Test func formShowsEachDiagnosticBesideItsFieldAndInASummary() async throws {
        try await Self.withEditor { editor in
            let page = try await editor.request(.get, "/__okm/edit/record?path=protocols/2015/broken.md").body
            #expect(page.contains("<div class=\"alert\" role=\"alert\" aria-labelledby=\"problems\"><h2 id=\"problems\">"))
            // The summary links to the chair's input; the same words stand beside it, tied to it by aria-describedby.
            let summary = page.range(of: ##"<li><a href="#f\.chair">4:\d+: error: [^<]*nyama-takav[^<]*</a></li>"##, options: .regularExpression)
            #expect(summary != nil)
            #expect(page.contains("<ul class=\"problems\" id=\"f.chair-problems\"><li>4:"))
            #expect(page.contains("id=\"f.chair\" name=\"f.chair\" aria-describedby=\"f.chair-help f.chair-problems\""))
        }
    }

    @Test func publishingADraftWithAnErrorIsRefusedAndTheFileIsUnchanged() async throws {
        try await Self.withEditor { editor in
            let rel = "protocols/2015/broken.md"
            let hash = try await editor.hash(rel)
            let response = try await editor.request(.post, "/__okm/edit/publish?path=\(rel)", form: ["hash": hash])
            #expect(response.status == 422)
            #expect(response.body.contains("Записът не е публикуван: има грешки (1)."))
            #expect(try editor.file(rel) == Self.brokenDraft)
        }
    }

    @Test func publishingACleanDraftRemovesExactlyItsDraftLine() async throws {
        try await Self.withEditor { editor in
            let rel = "protocols/2015/clean.md"
            let form = try await editor.request(.get, "/__okm/edit/record?path=\(rel)").body
            #expect(form.contains(">Публикувай</button>"))
            let hash = try await editor.hash(rel)
            let response = try await editor.request(.post, "/__okm/edit/publish?path=\(rel)", form: ["hash": hash])
            #expect(response.status == 200)
            let before = RecordFile.split(Self.cleanDraft), after = RecordFile.split(try editor.file(rel))
            #expect(after == before.filter { $0 != "draft: true\n" })
            #expect(after.count == before.count - 1)
            #expect(!response.body.contains(">Публикувай</button>"))
        }
    }

    @Test func publishingAfterTheFileChangedIsRefused() async throws {
        try await Self.withEditor { editor in
            let rel = "protocols/2015/clean.md"
            let hash = try await editor.hash(rel)
            let changed = Self.cleanDraft.replacingOccurrences(of: "Текст.", with: "Друг текст.")
            try changed.write(toFile: editor.content + "/" + rel, atomically: true, encoding: .utf8)
            let response = try await editor.request(.post, "/__okm/edit/publish?path=\(rel)", form: ["hash": hash])
            #expect(response.status == 409)
            #expect(try editor.file(rel) == changed)
        }
    }

    @Test func publishWithoutTheSecretOrFromAnotherOriginIsRefused() async throws {
        try await Self.withEditor { editor in
            let rel = "protocols/2015/clean.md"
            let hash = try await editor.hash(rel)
            let body = ByteBuffer(string: "hash=\(hash)")
            let noSecret = try await editor.client.execute(.init("/__okm/edit/publish?path=\(rel)", method: .post, authority: "127.0.0.1:\(editor.port)",
                headers: [.origin: "http://127.0.0.1:\(editor.port)", .contentLength: "\(body.readableBytes)"], body: body))
            #expect(noSecret.status == .forbidden)
            let otherOrigin = try await editor.client.execute(.init("/__okm/edit/publish?path=\(rel)", method: .post, authority: "127.0.0.1:\(editor.port)",
                headers: [.origin: "http://example.com", .cookie: "\(EditorAccess.cookie)=\(editor.secret)", .contentLength: "\(body.readableBytes)"], body: body))
            #expect(otherOrigin.status == .forbidden)
            let climbing = try await editor.request(.post, "/__okm/edit/publish?path=protocols/../../content/protocols/2015/clean.md", form: ["hash": hash])
            #expect(climbing.status == 400)
            #expect(try editor.file(rel) == Self.cleanDraft)
        }
    }
}
