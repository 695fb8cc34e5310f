import Foundation
import Testing

/// `okm new <kind>` as a secretary runs it in the demo: what it writes is a draft that builds
/// at once (empty fields are warnings until it is published), and `okm serve` right after it
/// shows the site and the new record, not an error page (issue 18, item 4).
@Suite(.serialized) struct NewRecordCLITests {
    static let kinds = ["protocol", "news", "event", "page", "institution", "service", "project", "organization", "person", "region"]

    /// The page a record written at `path` (content/<folder>/…/<slug>.md) gets.
    static func page(of path: String) -> String {
        var parts = path.split(separator: "/").map(String.init)
        parts.removeFirst()  // content
        let folder = parts.removeFirst()
        let slug = String(parts.removeLast().dropLast(3))
        let year = parts.first
        switch folder {
        case "pages": return "/\(slug)/"
        case "protocols", "news", "events": return "/\(folder)/\(year ?? "")/\(slug)/"
        default: return "/\(folder)/\(slug)/"
        }
    }

    @Test(arguments: kinds) func aNewRecordIsADraftThatChecksAndBuilds(kind: String) throws {
        let dir = try CLI.project(content: CLI.repo + "/content")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let new = try CLI.run(["new", kind, "Нов запис за проба", "--region", "ruse"], in: dir)
        #expect(new.status == 0, "stderr: \(new.stderr)")
        let path = new.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let text = try String(contentsOfFile: dir + "/" + path, encoding: .utf8)
        #expect(text.contains("\ndraft: true\n"), "\(path) is not a draft:\n\(text)")

        let check = try CLI.run(["check"], in: dir)
        #expect(check.status == 0, "okm check after okm new \(kind):\n\(check.stderr)")
        #expect(!check.stderr.contains(": error:"), "\(check.stderr)")

        let build = try CLI.run(["build", "--drafts"], in: dir)
        #expect(build.status == 0, "okm build --drafts after okm new \(kind):\n\(build.stderr)")
        let page = Self.page(of: path)
        #expect(FileManager.default.fileExists(atPath: dir + "/output" + page + "index.html"), "no page at \(page)")
    }

    @Test func serveRightAfterNewShowsTheSiteAndTheDraft() async throws {
        let dir = try CLI.project(content: CLI.repo + "/content")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let new = try CLI.run(["new", "protocol", "--region", "ruse"], in: dir)
        #expect(new.status == 0, "stderr: \(new.stderr)")
        let page = Self.page(of: new.stdout.trimmingCharacters(in: .whitespacesAndNewlines))

        let port = Int.random(in: 20000...40000)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CLI.binary)
        p.arguments = ["serve", "--port", "\(port)"]
        p.currentDirectoryURL = URL(fileURLWithPath: dir)
        p.standardError = Pipe()
        p.standardOutput = Pipe()
        try p.run()
        defer { if p.isRunning { p.terminate() } }
        let base = "http://127.0.0.1:\(port)"
        #expect(await ServeTests.waitFor("the home page") { await ServeTests.get(base + "/").0 == 200 })
        let (status, home) = await ServeTests.get(base + "/")
        #expect(status == 200)
        #expect(!home.contains("okm-errors"), "serve shows the error overlay after okm new")
        let (draftStatus, draft) = await ServeTests.get(base + page)
        #expect(draftStatus == 200, "\(page): \(draftStatus)")
        #expect(!draft.contains("okm-errors"))
    }
}
