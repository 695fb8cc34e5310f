import Foundation
import Testing

/// Issue 15 for `okm serve`: it never writes where `okm build` writes the public site, and its
/// HTTP server answers odd requests safely.
@Suite struct ServeSafetyTests {
    /// A project copied from the basic fixture with a draft, and a running `okm serve`.
    final class Served {
        let dir: String
        let base: String
        let process = Process()
        let stderr = Pipe()
        let stdout = Pipe()

        init(arguments: [String] = [], prepare: (String) throws -> Void = { _ in }) async throws {
            dir = try CLI.project(content: LeakCLITests.basic)
            try prepare(dir)
            let port = Int.random(in: 20000...40000)
            base = "http://127.0.0.1:\(port)"
            process.executableURL = URL(fileURLWithPath: CLI.binary)
            process.arguments = ["serve", "--port", "\(port)"] + arguments
            process.currentDirectoryURL = URL(fileURLWithPath: dir)
            process.standardError = stderr
            process.standardOutput = stdout
            try process.run()
            _ = await ServeTests.waitFor("first page") { await ServeTests.get(self.base + "/about/").0 == 200 }
        }

        deinit {
            if process.isRunning { process.terminate(); process.waitUntilExit() }
            try? FileManager.default.removeItem(atPath: dir)
        }
    }

    static let draft = "---\ntitle: Чернова за тайна среща\ndraft: true\nweight: 2\n---\nЧЕРНОВА-ТЕКСТ\n"

    /// Serve shows drafts, linked from the home page and lists: in output/ a deploy after a
    /// serve published them (and serve's first build replaced output/, PDFs and all).
    @Test func serveNeverWritesTheOutputFolder() async throws {
        let s = try await Served { dir in
            try "---\ntitle: Чернова за тайна среща\ndraft: true\nweight: 2\n---\nЧЕРНОВА-ТЕКСТ\n"
                .write(toFile: dir + "/content/pages/chernova.md", atomically: true, encoding: .utf8)
            try FileManager.default.createDirectory(atPath: dir + "/output", withIntermediateDirectories: true)
            try "made by okm build --pdf".write(toFile: dir + "/output/marker.pdf", atomically: true, encoding: .utf8)
        }
        let (status, page) = await ServeTests.get(s.base + "/chernova/")
        #expect(status == 200)
        #expect(page.contains("ЧЕРНОВА-ТЕКСТ"), "serve shows drafts")
        try "---\ntitle: За сайта\nweight: 1\n---\nПроменен текст.\n".write(toFile: s.dir + "/content/pages/about.md", atomically: true, encoding: .utf8)
        #expect(await ServeTests.waitFor("rebuilt") { await ServeTests.get(s.base + "/about/").1.contains("Променен текст.") })
        #expect(try FileManager.default.contentsOfDirectory(atPath: s.dir + "/output") == ["marker.pdf"])
        #expect(FileManager.default.fileExists(atPath: s.dir + "/.okm/serve/chernova/index.html"))
        // Nothing beside output/ either (a staging or old folder of serve's swap).
        #expect(try FileManager.default.contentsOfDirectory(atPath: s.dir).filter { $0.contains("output") } == ["output"])
    }

    @Test func serveHasNoOutputOption() throws {
        let dir = try CLI.project(content: LeakCLITests.basic)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CLI.binary)
        p.arguments = ["serve", "--output", "output", "--port", "\(Int.random(in: 20000...40000))"]
        p.currentDirectoryURL = URL(fileURLWithPath: dir)
        p.standardError = Pipe()
        p.standardOutput = Pipe()
        try p.run()
        let end = Date().addingTimeInterval(10)
        while p.isRunning && Date() < end { usleep(50_000) }
        let ranOn = p.isRunning
        if ranOn { p.terminate() }
        p.waitUntilExit()
        #expect(!ranOn, "serve --output must be a usage error, not a server")
        #expect(p.terminationStatus != 0)
        #expect(!FileManager.default.fileExists(atPath: dir + "/output"))
    }
}

/// The dev server's answers to odd requests (issue 15, part 4).
@Suite struct ServeHTTPTests {
    static func status(_ arguments: [String]) -> String { ServeTests.curl(["-o", "/dev/null", "-w", "%{http_code} %{content_type}"] + arguments) }

    @Test func aNulOrAControlCharacterOrAClimbInThePathIsRefused() async throws {
        let s = try await ServeSafetyTests.Served()
        // Was served as text/html (the overlay or the 404 page with the sitemap's name).
        for path in ["/sitemap.xml%00.html", "/about/%0a", "/%2e%2e/%2e%2e/etc/passwd", "/about/%5c..%5c", "/a/%2E%2E/about/"] {
            let answer = Self.status(["--path-as-is", s.base + path])
            #expect(answer.hasPrefix("400 ") || answer.hasPrefix("404 "), "\(path): \(answer)")
            #expect(!answer.contains("text/html"), "\(path): \(answer)")
        }
        #expect(Self.status([s.base + "/sitemap.xml"]).hasPrefix("200 application/xml"))
    }

    @Test func headIsAnsweredLikeGetWithoutABodyAndOtherMethodsAre405() async throws {
        let s = try await ServeSafetyTests.Served()
        let head = ServeTests.curl(["-I", s.base + "/about/"])
        let get = await ServeTests.get(s.base + "/about/").1
        #expect(head.hasPrefix("HTTP/1.1 200"), "\(head)")
        #expect(head.lowercased().contains("content-length: \(get.utf8.count)"), "\(head) vs \(get.utf8.count)")
        let headBody = ServeTests.curl(["-s", "-X", "HEAD", "--max-time", "5", "-o", "-", s.base + "/about/"])
        #expect(headBody.isEmpty)
        for method in ["POST", "PUT", "DELETE"] {
            let answer = ServeTests.curl(["-i", "-X", method, s.base + "/about/"])
            #expect(answer.hasPrefix("HTTP/1.1 405"), "\(method): \(answer)")
            #expect(answer.lowercased().contains("allow: get, head"), "\(method): \(answer)")
        }
    }

    @Test func connectionLinesOnlyWithVerbose() async throws {
        let s = try await ServeSafetyTests.Served()
        _ = await ServeTests.get(s.base + "/about/")
        _ = await ServeTests.get(s.base + "/protocols/")
        s.process.interrupt()
        s.process.waitUntilExit()
        // FlyingFox prints its lines on stdout.
        let out = String(decoding: s.stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(!out.contains("[FlyingFox]"), "\(out)")
    }
}
