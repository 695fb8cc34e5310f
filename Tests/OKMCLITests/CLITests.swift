import Foundation
import Testing

/// okm run as a person runs it: a process, its exit status, its stdout and stderr.
struct CLIRun {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum CLI {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// The okm binary built beside this test bundle.
    static var binary: String {
        let candidates = [CommandLine.arguments.first, Bundle.main.executablePath].compactMap { $0 }
        for c in candidates {
            var dir = URL(fileURLWithPath: c).deletingLastPathComponent()
            for _ in 0..<4 {
                let okm = dir.appendingPathComponent("okm").path
                if FileManager.default.isExecutableFile(atPath: okm) { return okm }
                dir = dir.deletingLastPathComponent()
            }
        }
        return repo + "/.build/debug/okm"
    }

    /// `locale` sets LC_ALL, LC_MESSAGES and LANG for the run (the others are removed): the
    /// tests see English unless they ask for a language, whatever the machine's locale.
    static func run(_ arguments: [String], in directory: String, locale: [String: String] = [:]) throws -> CLIRun {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] { environment[name] = nil }
        environment.merge(locale) { $1 }
        p.environment = environment
        p.currentDirectoryURL = URL(fileURLWithPath: directory)
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return CLIRun(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    /// A scratch project folder with the repo's templates and a copy of a content folder.
    static func project(content: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("okm-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: content, toPath: dir + "/content")
        try FileManager.default.copyItem(atPath: repo + "/templates", toPath: dir + "/templates")
        return dir
    }

    static func files(under dir: String) -> [String: Data] {
        var out: [String: Data] = [:]
        for rel in (FileManager.default.subpaths(atPath: dir) ?? []) {
            var isDir: ObjCBool = false
            let full = dir + "/" + rel
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue {
                out[rel] = FileManager.default.contents(atPath: full)
            }
        }
        return out
    }
}

@Suite struct CLITests {
    @Test func buildWithDefaultsWritesTheSiteAndSaysSo() throws {
        let dir = try CLI.project(content: CLI.repo + "/Tests/Fixtures/sites/basic/content")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try CLI.run(["build"], in: dir)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stderr.isEmpty)
        #expect(r.stdout.contains("pages"))
        #expect(FileManager.default.fileExists(atPath: dir + "/output/protocols/2015/ruse-2015-03-10/index.html"))
        #expect(FileManager.default.fileExists(atPath: dir + "/output/index.html"))
    }

    /// `--verbose`: the time of every stage and the peak memory after it (issue 8's per-stage timings).
    @Test func verboseBuildPrintsEveryStageWithItsPeakMemory() throws {
        let dir = try CLI.project(content: CLI.repo + "/Tests/Fixtures/sites/basic/content")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try CLI.run(["build", "--verbose", "--no-search"], in: dir)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let stages = r.stderr.split(separator: "\n").compactMap { line -> String? in
            guard line.contains(" ms"), line.contains("peak memory"), line.hasSuffix(" MiB") else { return nil }
            return line.split(separator: " ").first.map(String.init)
        }
        #expect(stages == ["load", "theme", "link", "photos", "render", "(writing)", "write", "gate"])
        #expect(r.stderr.contains("photos: 1 processed, 0 from the cache (.okm/cache/images/)"))
    }

    /// A photo that cannot be decoded: its entry's line, exit 1, output/ as it was, no crash.
    @Test func aPhotoThatCannotBeDecodedFailsAtItsEntryAndLeavesTheOldOutputWhole() throws {
        let dir = try CLI.project(content: CLI.repo + "/Tests/Fixtures/sites/basic/content")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try CLI.run(["build"], in: dir).status == 0)
        let before = CLI.files(under: dir + "/output")
        try Data([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10] + Array("JFIF but nothing after".utf8))
            .write(to: URL(fileURLWithPath: dir + "/content/news/2015/snimka.png"))
        let r = try CLI.run(["build"], in: dir)
        #expect(r.status == 1)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("content/news/2015/novina.md:8:12: error: the image 'news/2015/snimka.png' cannot be decoded as a picture (") == true, "\(lines)")
        #expect(lines.last?.hasPrefix("okm: build failed with 1 error(s)") == true)
        #expect(!r.stderr.contains("Fatal error") && !r.stderr.contains("VIPS-WARNING"))
        #expect(CLI.files(under: dir + "/output") == before)
    }

    @Test func brokenFileFailsWithItsLineAndLeavesTheOldOutputWhole() throws {
        let dir = try CLI.project(content: CLI.repo + "/Tests/Fixtures/sites/basic/content")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try CLI.run(["build"], in: dir).status == 0)
        let before = CLI.files(under: dir + "/output")
        #expect(before.count > 20)

        // Break one field on line 4 of a record, and misspell a key on line 5 of another.
        let news = dir + "/content/news/2015/novina.md"
        var text = try String(contentsOfFile: news, encoding: .utf8)
        text = text.replacingOccurrences(of: "date: 2016-01-05", with: "date: 05.01.2016")
        try text.write(toFile: news, atomically: true, encoding: .utf8)
        let page = dir + "/content/pages/about.md"
        try "---\ntitle: За сайта\nweight: 1\ntitel: грешка\n---\nТекст.\n".write(toFile: page, atomically: true, encoding: .utf8)

        let r = try CLI.run(["build"], in: dir)
        #expect(r.status == 1)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains("content/news/2015/novina.md:3:7: error: 'date' must be a date written YYYY-MM-DD, YYYY-MM or YYYY, with ~ ? or % at its end, X for unknown digits (201X, 2016-XX), or an interval A/B with '..' for an open end (2016/..), found '05.01.2016' [OKM2026]"))
        #expect(lines.contains("content/pages/about.md:4:1: error: unknown field 'titel' in front matter (did you mean 'title'?) [OKM2050]"))
        #expect(lines.last?.hasPrefix("okm: build failed with 2 error(s)") == true)
        #expect(!r.stderr.contains("Fatal error"))
        #expect(CLI.files(under: dir + "/output") == before)
    }

    @Test func checkWritesNothingAndExitsZeroOnGoodContent() throws {
        let dir = try CLI.project(content: CLI.repo + "/Tests/Fixtures/sites/basic/content")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try CLI.run(["check"], in: dir)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stderr.contains("0 error(s)"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/output"))
    }

    @Test func missingContentFolderIsAClearErrorNotACrash() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("okm-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try CLI.run(["build", "--templates", CLI.repo + "/templates"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("content: error: the content folder does not exist [OKM1002]"))
    }

    @Test func unknownOptionIsAUsageError() throws {
        let r = try CLI.run(["build", "--no-such-option"], in: CLI.repo)
        #expect(r.status != 0)
        #expect(r.stderr.contains("Unknown option"))
    }
}

/// `okm serve` as a person uses it: start, read a page, edit, see the reload and the new
/// page; break the file, see the overlay; fix it; stop.
@Suite struct ServeTests {
    /// curl, as a browser stands in: status and body.
    static func curl(_ arguments: [String]) -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["curl", "-s"] + arguments
        let out = Pipe()
        p.standardOutput = out
        p.standardError = Pipe()
        guard (try? p.run()) != nil else { return "" }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static func get(_ url: String) async -> (Int, String) {
        let text = curl(["-w", "\n%{http_code}", url])
        guard let cut = text.lastIndex(of: "\n") else { return (0, text) }
        return (Int(text[text.index(after: cut)...]) ?? 0, String(text[..<cut]))
    }

    /// Polls `check` until it holds or `timeout` seconds have passed, and checks once more at
    /// the end: when other tests keep the few threads of the concurrency pool busy (processes
    /// waited for), a sleep here can outlast the whole timeout, and a condition that came true
    /// meanwhile must not be reported as never seen.
    static func waitFor(_ what: String, timeout: Double = 120, _ check: () async -> Bool) async -> Bool {
        let end = Date().addingTimeInterval(timeout)
        while Date() < end {
            if await check() { return true }
            try? await Task.sleep(nanoseconds: 100_000_000)
        }
        return await check()
    }

    @Test func servesRebuildsReloadsShowsErrorsAndStops() async throws {
        let dir = try CLI.project(content: CLI.repo + "/Tests/Fixtures/sites/basic/content")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let port = Int.random(in: 20000...40000)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CLI.binary)
        p.arguments = ["serve", "--port", "\(port)"]
        p.currentDirectoryURL = URL(fileURLWithPath: dir)
        let err = Pipe()
        p.standardError = err
        p.standardOutput = Pipe()
        try p.run()
        defer { if p.isRunning { p.terminate() } }
        let base = "http://127.0.0.1:\(port)"

        guard await Self.waitFor("first page", { await Self.get(base + "/about/").1.contains("Текст.") }) else {
            // Say what serve printed, so that a failure on a loaded machine can be told from a hang.
            p.terminate()
            p.waitUntilExit()
            let said = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            Issue.record("serve showed no first page in 120 s (running: \(p.isRunning), status \(p.terminationStatus)); it said: \(said)")
            return
        }
        let (status, page) = await Self.get(base + "/about/")
        #expect(status == 200)
        #expect(page.contains("new EventSource(\"/__okm/events\")"))

        // Listen for reload events while editing. The event stream stays open; curl gives up
        // after 30 s with what it read, written to a file so that the edit waits until the
        // server has said ": connected" (a fixed pause is too short on a loaded machine).
        let stream = dir + "/events.txt"
        let listener = Process()
        listener.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        listener.arguments = ["curl", "-s", "-N", "--max-time", "30", "-o", stream, base + "/__okm/events"]
        listener.standardError = FileHandle.nullDevice
        try listener.run()
        defer { if listener.isRunning { listener.terminate() } }
        let read = { String(decoding: FileManager.default.contents(atPath: stream) ?? Data(), as: UTF8.self) }
        #expect(await Self.waitFor("event stream") { read().contains(": connected") })
        let file = dir + "/content/pages/about.md"
        try "---\ntitle: За сайта\nweight: 1\n---\nПроменен текст.\n".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(await Self.waitFor("rebuilt page") { await Self.get(base + "/about/").1.contains("Променен текст.") })
        #expect(await Self.waitFor("reload event", timeout: 30) { read().contains("event: reload") }, "\(read())")
        listener.terminate()

        try "---\ntitle: За сайта\nweight: едно\n---\nПроменен текст.\n".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(await Self.waitFor("overlay") {
            await Self.get(base + "/about/").1.contains("content/pages/about.md:3:9</code><br>„weight“ трябва да е цяло число")
        })
        let other = await Self.get(base + "/protocols/").1
        #expect(other.contains("okm-errors"))

        try "---\ntitle: За сайта\nweight: 1\n---\nПоправен текст.\n".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(await Self.waitFor("fixed") { await Self.get(base + "/about/").1.contains("Поправен текст.") })
        let fixed = await Self.get(base + "/about/").1
        #expect(!fixed.contains("okm-errors"))

        p.interrupt()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
    }
}
