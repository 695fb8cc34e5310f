import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 15, "nothing lost, nothing leaked", for `okm build` run as a process: an output folder
/// that would take the sources with it, folders that cannot be read, builds that overlap,
/// external tools that fail or hang. Each time the sources stay as they were, the previous
/// output stays whole, and the exit status and the message say what happened.
@Suite(.serialized) struct SafetyTests {
    static let basic = CLI.repo + "/Tests/Fixtures/sites/basic/content"

    /// Every file under `dir` (hidden ones too) with its bytes, and every symbolic link with its target.
    static func tree(_ dir: String) -> [String: Data] {
        var out: [String: Data] = [:]
        for rel in (FileManager.default.subpaths(atPath: dir) ?? []) {
            let full = dir + "/" + rel
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: full) {
                out[rel] = Data(("link → " + target).utf8)
                continue
            }
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue {
                out[rel] = FileManager.default.contents(atPath: full) ?? Data()
            }
        }
        return out
    }

    // MARK: - --output that would delete the sources

    /// Each `--output` that is, holds or lies in the sources (or the project) is refused before
    /// anything is written: exit 1, one `okm: error: --output '…' …` line, content/ and
    /// templates/ byte for byte as they were.
    @Test(arguments: [
        ("content", "is the content folder"),
        ("content/", "is the content folder"),
        ("templates", "is the templates folder"),
        ("output/../content", "is the content folder"),
        ("./content/../templates", "is the templates folder"),
        ("content/news", "is inside the content folder"),
        ("templates/partials", "is inside the templates folder"),
        (".", "is the current folder"),
        ("./", "is the current folder"),
        ("..", "holds the current folder"),
        ("$PWD", "is the current folder"),
    ])
    func outputThatWouldDeleteTheSourcesIsRefused(output: String, why: String) throws {
        let dir = try CLI.project(content: Self.basic)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let given = output == "$PWD" ? dir : output
        let before = Self.tree(dir)
        let r = try CLI.run(["build", "--no-search", "--output", given], in: dir)
        #expect(r.status == 1, "--output \(given): exit \(r.status), stderr: \(r.stderr)")
        #expect(!r.stderr.contains("Fatal error"))
        #expect(r.stderr.contains("okm: error: --output '\(given)' \(why)"), "stderr: \(r.stderr)")
        #expect(r.stderr.contains("okm replaces the output folder whole"), "stderr: \(r.stderr)")
        #expect(Self.tree(dir) == before, "--output \(given) changed the project")
    }

    /// A symbolic link as the output folder is refused, not replaced by a real folder.
    @Test func outputThatIsASymbolicLinkIsRefusedAndTheLinkKept() throws {
        let dir = try CLI.project(content: Self.basic)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var r = try CLI.run(["build", "--no-search", "--quiet", "--output", "real"], in: dir)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        try FileManager.default.createSymbolicLink(atPath: dir + "/output", withDestinationPath: "real")
        let before = Self.tree(dir)
        r = try CLI.run(["build", "--no-search"], in: dir)
        #expect(r.status == 1, "stderr: \(r.stderr)")
        #expect(r.stderr.contains("okm: error: --output 'output' is a symbolic link (to 'real')"), "stderr: \(r.stderr)")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: dir + "/output")) == "real")
        #expect(Self.tree(dir) == before)
    }

    /// A folder okm did not make, that holds records or a git repository, is not replaced.
    @Test(arguments: [("notes/a.md", "holds .md files"), ("notes/deep/er/b.MD", "holds .md files"), ("notes/.git/HEAD", "holds a .git folder")])
    func outputThatHoldsSomeoneElsesFilesIsRefused(file: String, why: String) throws {
        let dir = try CLI.project(content: Self.basic)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/" + (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data("mine\n".utf8).write(to: URL(fileURLWithPath: dir + "/" + file))
        let before = Self.tree(dir)
        let r = try CLI.run(["build", "--no-search", "--output", "notes"], in: dir)
        #expect(r.status == 1, "stderr: \(r.stderr)")
        #expect(r.stderr.contains("okm: error: --output 'notes' is a folder okm did not make and it \(why)"), "stderr: \(r.stderr)")
        #expect(Self.tree(dir) == before)
    }

    /// okm marks its own output (`.okm-output`), rebuilds over it, and keeps a committed
    /// `output/.gitignore` placeholder (the demo's) through the swap.
    @Test func okmRecognisesItsOwnOutputAndKeepsTheGitignorePlaceholder() throws {
        let dir = try CLI.project(content: Self.basic)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/output", withIntermediateDirectories: true)
        try Data("*\n!.gitignore\n".utf8).write(to: URL(fileURLWithPath: dir + "/output/.gitignore"))
        for _ in 0..<2 {
            let r = try CLI.run(["build", "--no-search", "--quiet"], in: dir)
            #expect(r.status == 0, "stderr: \(r.stderr)")
            #expect(FileManager.default.fileExists(atPath: dir + "/output/.okm-output"))
            #expect(FileManager.default.fileExists(atPath: dir + "/output/index.html"))
            #expect(FileManager.default.contents(atPath: dir + "/output/.gitignore") == Data("*\n!.gitignore\n".utf8))
        }
    }

    // MARK: - Unreadable folders and files

    /// `okm` run as an unprivileged user when the tests run as root (root reads a `chmod 000`
    /// folder all the same), through `setpriv`; nil when that is not possible here.
    static func runUnprivileged(_ arguments: [String], in dir: String) throws -> CLIRun? {
        guard getuid() == 0 else { return try CLI.run(arguments, in: dir) }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return nil }
        // The binary's folders must be reachable by nobody (the project is opened to it by `openToEveryone`).
        guard FaultTests.shell("setpriv --reuid=65534 --regid=65534 --clear-groups test -x '\(CLI.binary)'") else { return nil }
        let quoted = arguments.map { "'\($0)'" }.joined(separator: " ")
        return try FaultTests.bash("exec setpriv --reuid=65534 --regid=65534 --clear-groups '\(CLI.binary)' \(quoted)", in: dir)
    }

    /// A `chmod 000` folder and file in content/ and in templates/: each is an error naming it
    /// and the system's reason, all in one run, in `okm check` and `okm build` (which then
    /// leaves the old output whole).
    @Test func unreadableFoldersAndFilesAreErrorsNotAnEmptySite() throws {
        let dir = try CLI.project(content: Self.basic)
        defer { _ = FaultTests.shell("chmod -R u+rwX '\(dir)'"); try? FileManager.default.removeItem(atPath: dir) }
        #expect(FaultTests.shell("chmod -R a+rwX '\(dir)'"))
        guard let first = try Self.runUnprivileged(["build", "--no-search", "--quiet"], in: dir) else {
            print("note: running as root without setpriv: unreadable folders are not tested through the CLI")
            return
        }
        #expect(first.status == 0, "stderr: \(first.stderr)")
        let old = Self.tree(dir + "/output")
        #expect(chmod(dir + "/content/news", 0) == 0)
        #expect(chmod(dir + "/content/people/ivan-petrov.md", 0) == 0)
        #expect(chmod(dir + "/templates/partials", 0) == 0)
        let check = try #require(try Self.runUnprivileged(["check"], in: dir))
        #expect(check.status == 1, "stderr: \(check.stderr)")
        let expected = [
            "content/news:1:1: error: the folder cannot be read: Permission denied",
            "content/people/ivan-petrov.md:1:1: error: the file cannot be read: Permission denied",
            "templates/partials:1:1: error: the folder cannot be read: Permission denied",
        ]
        for line in expected { #expect(check.stderr.contains(line), "okm check: \(check.stderr)") }
        let build = try #require(try Self.runUnprivileged(["build", "--no-search"], in: dir))
        #expect(build.status == 1, "stderr: \(build.stderr)")
        for line in expected { #expect(build.stderr.contains(line), "okm build: \(build.stderr)") }
        #expect(Self.tree(dir + "/output") == old, "the old output changed")
    }

    // MARK: - Builds at once

    /// Twenty builds of the demo started a few milliseconds apart (three of them with
    /// Pagefind): each one either writes the whole site or stops at once with the lock's
    /// message and exit 1; output/ is a whole site whenever it is looked at, and at the end.
    @Test func overlappingBuildsNeverLeaveAPartialSite() throws {
        let dir = try CLI.project(content: CLI.repo + "/content")
        defer { FaultTests.killProcesses(in: dir); try? FileManager.default.removeItem(atPath: dir) }
        let output = dir + "/output"
        let r = try CLI.run(["build", "--quiet", "--no-search"], in: dir)
        try #require(r.status == 0, "stderr: \(r.stderr)")
        let reference = FaultTests.Snapshot(output).pages
        // The site as the builds with Pagefind write it (its search page differs).
        let withSearch = try CLI.run(["build", "--quiet", "--output", "ref-search"], in: dir)
        try #require(withSearch.status == 0, "stderr: \(withSearch.stderr)")
        let searchReference = FaultTests.Snapshot(dir + "/ref-search").pages
        let pageCount = reference.keys.filter { $0.hasSuffix(".html") }.count
        try #require(pageCount > 100)

        // output/ is looked at all the time the builds run, from another thread.
        final class Looks: @unchecked Sendable {
            let lock = NSLock()
            var running = true, count = 0, broken: [String] = []
        }
        let looks = Looks()
        let watcher = Thread {
            while looks.lock.withLock({ looks.running }) {
                var problem: String?
                if !FileManager.default.fileExists(atPath: output + "/index.html") { problem = "no index.html" }
                else if !FileManager.default.fileExists(atPath: output + "/search/index.html") { problem = "no search/index.html" }
                looks.lock.withLock {
                    looks.count += 1
                    if let problem { looks.broken.append(problem) }
                }
                usleep(3_000)
            }
        }
        watcher.start()
        var processes: [(Process, Pipe)] = []
        for i in 0..<20 {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: CLI.binary)
            p.arguments = ["build", "--quiet"] + (i % 7 == 3 ? [] : ["--no-search"])
            p.currentDirectoryURL = URL(fileURLWithPath: dir)
            let err = Pipe()
            p.standardError = err
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            processes.append((p, err))
            // A few milliseconds apart, with a longer pause now and then, so that several builds
            // win one after the other and others arrive while they write.
            usleep(i % 5 == 4 ? UInt32.random(in: 300_000...700_000) : UInt32.random(in: 2_000...20_000))
        }
        for (p, _) in processes { p.waitUntilExit() }
        looks.lock.withLock { looks.running = false }
        while watcher.isExecuting { usleep(1_000) }
        let (looked, seen) = looks.lock.withLock { (looks.count, looks.broken) }
        #expect(looked > 50, "output/ was looked at only \(looked) times")
        #expect(seen.isEmpty, "output/ was not a whole site while builds ran: \(Set(seen)) (\(seen.count) of \(looked) looks)")
        var won = 0, locked = 0
        for (p, err) in processes {
            p.waitUntilExit()
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            if p.terminationStatus == 0 {
                won += 1
            } else {
                locked += 1
                #expect(p.terminationStatus == 1)
                #expect(stderr.contains("okm: error: another okm build is running on output/ (pid "), "stderr: \(stderr)")
                #expect(stderr.contains("); wait for it to finish"), "stderr: \(stderr)")
            }
        }
        print("overlapping builds: \(won) wrote the site, \(locked) stopped at the lock; output/ looked at \(looked) times")
        #expect(won >= 1)
        let now = FaultTests.Snapshot(output)
        #expect(now.pages == reference || now.pages == searchReference, "after the builds output/ is not the whole site: \(now.pages.count) files")
        #expect(now.pagefind.isEmpty || now.pagefindComplete)
        #expect(FaultTests.leftovers(in: dir).isEmpty, "left over: \(FaultTests.leftovers(in: dir))")
    }

    // MARK: - External tools that fail or hang

    /// `okm build` with a fake Pagefind, stopped by the test after `limit` seconds if it is still running.
    static func buildWithFakePagefind(_ script: String, in dir: String, limit: Double = 120) throws -> (CLIRun, seconds: Double) {
        let fake = dir + "/fake-pagefind"
        try Data(script.utf8).write(to: URL(fileURLWithPath: fake))
        #expect(chmod(fake, 0o755) == 0)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CLI.binary)
        p.arguments = ["build"]
        p.currentDirectoryURL = URL(fileURLWithPath: dir)
        var env = ProcessInfo.processInfo.environment
        env["PAGEFIND"] = fake
        env["OKM_TOOL_TIMEOUT"] = "2"
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        let start = Date()
        try p.run()
        while p.isRunning && Date().timeIntervalSince(start) < limit { usleep(20_000) }
        if p.isRunning { kill(p.processIdentifier, SIGKILL) }
        p.waitUntilExit()
        let seconds = Date().timeIntervalSince(start)
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        return (CLIRun(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self)), seconds)
    }

    static func isAlive(_ pid: Int32) -> Bool {
        guard kill(pid, 0) == 0 else { return false }
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        return !stat.contains(") Z ")
    }

    /// A Pagefind that never ends (and started a child of its own) is killed, with its child,
    /// after the timeout (`OKM_TOOL_TIMEOUT=2`); the build fails and the old output stays whole.
    @Test func hangingPagefindIsKilledAfterTheTimeoutAndTheBuildFails() throws {
        let dir = try CLI.project(content: Self.basic)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let first = try CLI.run(["build", "--no-search", "--quiet"], in: dir)
        #expect(first.status == 0, "stderr: \(first.stderr)")
        let old = Self.tree(dir + "/output")
        let (r, seconds) = try Self.buildWithFakePagefind("#!/bin/sh\necho 'indexing'\nsleep 1000 &\necho $! > \"$0.child\"\nwait\n", in: dir, limit: 60)
        #expect(seconds < 30, "the build took \(seconds) s")
        #expect(r.status == 1, "stderr: \(r.stderr)")
        #expect(r.stderr.contains("Pagefind did not finish in 2 s and was stopped"), "stderr: \(r.stderr)")
        #expect(r.stderr.contains("indexing"), "stderr: \(r.stderr)")
        #expect(r.stderr.contains("the previous output is unchanged"), "stderr: \(r.stderr)")
        #expect(Self.tree(dir + "/output") == old, "the old output changed")
        #expect(FaultTests.leftovers(in: dir).isEmpty)
        if let child = Int32((try? String(contentsOfFile: dir + "/fake-pagefind.child", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "") {
            usleep(200_000)
            #expect(!Self.isAlive(child), "Pagefind's child \(child) still runs")
            kill(child, SIGKILL)
        } else {
            Issue.record("the fake Pagefind did not start")
        }
    }

    /// A Pagefind that exits 1 fails the build (it was a warning, and the site went out
    /// without search): its status and last lines are shown; the old output stays whole.
    @Test func failingPagefindFailsTheBuild() throws {
        let dir = try CLI.project(content: Self.basic)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let first = try CLI.run(["build", "--no-search", "--quiet"], in: dir)
        #expect(first.status == 0, "stderr: \(first.stderr)")
        let old = Self.tree(dir + "/output")
        let (r, _) = try Self.buildWithFakePagefind("#!/bin/sh\necho 'index error: disk on fire' >&2\nexit 1\n", in: dir)
        #expect(r.status == 1, "stderr: \(r.stderr)")
        #expect(r.stderr.contains("Pagefind failed (exit status 1)"), "stderr: \(r.stderr)")
        #expect(r.stderr.contains("index error: disk on fire"), "stderr: \(r.stderr)")
        #expect(r.stderr.contains("okm: build failed with 1 error(s); output/ was not changed"), "stderr: \(r.stderr)")
        #expect(Self.tree(dir + "/output") == old, "the old output changed")
        // --no-search opts out of the index: the same fake is not run and the build goes through.
        let skipped = try CLI.run(["build", "--no-search", "--quiet"], in: dir)
        #expect(skipped.status == 0, "stderr: \(skipped.stderr)")
    }

    // MARK: - Smaller holes

    /// A static `robots.txt` in content/ would be silently replaced by the generated one.
    @Test func staticFileThatCollidesWithAGeneratedOneIsAnError() throws {
        let dir = try CLI.project(content: Self.basic)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data("User-agent: *\nDisallow: /\n".utf8).write(to: URL(fileURLWithPath: dir + "/content/robots.txt"))
        for command in [["check"], ["build", "--no-search"]] {
            let r = try CLI.run(command, in: dir)
            #expect(r.status == 1, "\(command): stderr: \(r.stderr)")
            #expect(r.stderr.contains("content/robots.txt:1:1: error: okm writes its own /robots.txt"), "\(command): stderr: \(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir + "/output"))
    }

    /// A slug longer than a file name may be (255 bytes): `okm check` said nothing, and the
    /// build failed writing. Now both report it at the slug.
    @Test func slugLongerThan255BytesIsAnErrorInCheckAndBuild() throws {
        let dir = try CLI.project(content: Self.basic)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/content/pages/about.md"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let slug = String(repeating: "a", count: 256)
        try text.replacingOccurrences(of: "---\n", with: "---\nslug: \(slug)\n", options: [], range: text.range(of: "---\n"))
            .write(toFile: path, atomically: true, encoding: .utf8)
        for command in [["check"], ["build", "--no-search"]] {
            let r = try CLI.run(command, in: dir)
            #expect(r.status == 1, "\(command): stderr: \(r.stderr)")
            #expect(r.stderr.contains("content/pages/about.md:2:"), "\(command): stderr: \(r.stderr)")
            #expect(r.stderr.contains("is 256 bytes long; a file or folder name may have at most 255"), "\(command): stderr: \(r.stderr)")
            #expect(!r.stderr.contains("could not be written"), "\(command): stderr: \(r.stderr)")
        }
    }
}
