import Foundation
import Testing

/// Issue 17, items 8 and 10, through a real `okm serve`: the editor refuses a request without
/// its secret, from another origin, for a path that climbs out of content/ and with a body over
/// its limit, writing nothing; and a save over a file changed on disk overwrites nothing and
/// gives the input back.
@Suite(.serialized) struct EditorHTTPTests {
    final class Editor {
        let dir: String
        let process = Process()
        let base: String
        var url = ""
        var key = ""

        init() async throws {
            dir = try CLI.project(content: LeakCLITests.basic)
            let port = Int.random(in: 20000...40000)
            base = "http://127.0.0.1:\(port)"
            let log = dir + "/serve.log"
            FileManager.default.createFile(atPath: log, contents: nil)
            process.executableURL = URL(fileURLWithPath: CLI.binary)
            process.arguments = ["serve", "--port", "\(port)"]
            process.currentDirectoryURL = URL(fileURLWithPath: dir)
            process.standardError = FileHandle(forWritingAtPath: log)
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            // The editor's address is printed on a line of its own.
            _ = await ServeTests.waitFor("editor line") {
                let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
                guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("okm: editor: ") }) else { return false }
                self.url = String(line.dropFirst("okm: editor: ".count))
                return true
            }
            key = url.components(separatedBy: "key=").last ?? ""
        }

        deinit {
            if process.isRunning { process.terminate(); process.waitUntilExit() }
            try? FileManager.default.removeItem(atPath: dir)
        }

        /// Status and body of a request made with curl.
        func request(_ path: String, cookie: Bool = true, _ extra: [String] = []) -> (Int, String) {
            var args = ["-w", "\n%{http_code}"] + extra
            if cookie { args += ["-b", "okm_edit=\(key)"] }
            let text = ServeTests.curl(args + [base + path])
            guard let cut = text.lastIndex(of: "\n") else { return (0, text) }
            return (Int(text[text.index(after: cut)...]) ?? 0, String(text[..<cut]))
        }

        func file(_ relative: String) -> Data? { FileManager.default.contents(atPath: dir + "/content/" + relative) }
    }

    static let page = "pages/about.md"

    @Test func theEditorIsOnlyTheSecretHoldersOwn() async throws {
        let e = try await Editor()
        try #require(e.url.hasPrefix(e.base + "/__okm/edit/?key=") && e.key.count == 32,
                     "serve printed no editor line: \((try? String(contentsOfFile: e.dir + "/serve.log", encoding: .utf8)) ?? "")")
        let before = e.file(Self.page)
        #expect(e.request("/__okm/edit/", cookie: false).0 == 403, "no secret")
        #expect(e.request("/__okm/edit/?key=0123456789abcdef0123456789abcdef", cookie: false).0 == 403, "a wrong secret")
        let welcome = ServeTests.curl(["-i", e.base + "/__okm/edit/?key=\(e.key)"])
        #expect(welcome.hasPrefix("HTTP/1.1 303"), "\(welcome.prefix(200))")
        #expect(welcome.lowercased().contains("set-cookie: okm_edit=\(e.key)"))
        #expect(welcome.contains("HttpOnly") && welcome.contains("SameSite=Strict"))
        #expect(e.request("/__okm/edit/").0 == 200, "with the cookie")
        // Another tab's site posting to the editor: refused, nothing written.
        let post = ["-X", "POST", "--data", "hash=x&f.title=Hacked"]
        #expect(e.request("/__okm/edit/record?path=\(Self.page)", post + ["-H", "Origin: http://evil.example"]).0 == 403)
        #expect(e.request("/__okm/edit/record?path=\(Self.page)", post).0 == 403, "a POST with neither Origin nor Referer")
        #expect(e.request("/__okm/edit/record?path=\(Self.page)", cookie: false, post + ["-H", "Origin: \(e.base)"]).0 == 403, "no cookie")
        #expect(e.file(Self.page) == before)
    }

    @Test func nothingIsWrittenOutsideContentOrFromAnOversizedBody() async throws {
        let e = try await Editor()
        let origin = ["-H", "Origin: \(e.base)"]
        for path in ["protocols/../../escaped.md", "../escaped.md", "/etc/passwd", "pages/../../escaped.md", "%2e%2e/escaped.md"] {
            let (status, _) = e.request("/__okm/edit/record?path=\(path)", ["-X", "POST", "--data", "hash=x&title=x"] + origin)
            #expect(status == 400, "\(path): \(status)")
        }
        #expect(!FileManager.default.fileExists(atPath: e.dir + "/escaped.md"))
        #expect(!FileManager.default.fileExists(atPath: e.dir + "/content/escaped.md"))
        let big = e.dir + "/big.txt"
        try Data(repeating: 0x61, count: 11 * 1024 * 1024).write(to: URL(fileURLWithPath: big))
        let before = e.file(Self.page)
        let (status, _) = e.request("/__okm/edit/record?path=\(Self.page)", ["-X", "POST", "--data-binary", "@" + big] + origin)
        #expect(status == 413)
        #expect(e.file(Self.page) == before)
    }

    @Test func aFileChangedOnDiskIsNotOverwrittenAndTheInputIsKept() async throws {
        let e = try await Editor()
        let (status, form) = e.request("/__okm/edit/record?path=\(Self.page)")
        #expect(status == 200)
        let hash = try #require(form.range(of: #"name="hash" value="[^"]+""#, options: .regularExpression)
            .map { String(String(form[$0]).components(separatedBy: "value=\"")[1].dropLast()) }, "the form carries the file's hash")
        // Someone else (a git pull, another editor) changes the file after the form was opened.
        let changed = Data(String(decoding: e.file(Self.page)!, as: UTF8.self).replacingOccurrences(of: "Текст.", with: "Текст от друг.").utf8)
        try changed.write(to: URL(fileURLWithPath: e.dir + "/content/" + Self.page))
        let (saved, page) = e.request("/__okm/edit/record?path=\(Self.page)",
                                      ["-X", "POST", "-H", "Origin: \(e.base)", "--data-urlencode", "hash=\(hash)",
                                       "--data-urlencode", "f.title=Моето ново заглавие"])
        #expect(saved == 409)
        #expect(e.file(Self.page) == changed, "the file on disk is left as the other writer left it")
        #expect(page.contains("Моето ново заглавие"), "the user's input comes back")
    }
}
