import Foundation
import Testing
@testable import OKMBuild
#if canImport(Glibc)
import Glibc
#endif

/// Issue 15 in the library: `OutputFolder.validate` (the only way to an output folder that
/// `Staging` accepts), `OutputLock` and the leftover folders of builds that are gone.
@Suite struct OutputSafetyTests {
    static func project() throws -> String {
        let dir = try BuildTestSupport.makeTemporaryDirectory(prefix: "okm-output-safety")
        for sub in ["content/news", "templates/partials", "output", "elsewhere"] {
            try FileManager.default.createDirectory(atPath: dir + "/" + sub, withIntermediateDirectories: true)
        }
        try Data("---\ntitle: x\n---\n".utf8).write(to: URL(fileURLWithPath: dir + "/content/news/a.md"))
        return dir
    }

    static func refusal(_ output: String, in dir: String, home: String? = nil) -> String? {
        do {
            _ = try OutputFolder.validate(output, content: "content", templates: "templates", currentDirectory: dir, home: home ?? "/nonexistent-home")
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func outputThatWouldDeleteTheSourcesIsRefusedByTheLibrary() throws {
        let dir = try Self.project()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createSymbolicLink(atPath: dir + "/link-to-content", withDestinationPath: "content")
        try FileManager.default.createSymbolicLink(atPath: dir + "/elsewhere/up", withDestinationPath: "..")
        let cases: [(String, String)] = [
            ("content", "--output 'content' is the content folder; okm replaces the output folder whole and would delete your records"),
            ("content/", "is the content folder"),
            (dir + "/content", "is the content folder"),
            ("output/../content", "is the content folder"),
            ("elsewhere/up/content", "is the content folder"),
            ("elsewhere/up/templates/partials", "is inside the templates folder"),
            ("templates", "--output 'templates' is the templates folder; okm replaces the output folder whole and would delete your templates"),
            ("content/news/new", "is inside the content folder"),
            (".", "--output '.' is the current folder; okm replaces the output folder whole and would delete what is there"),
            (dir, "is the current folder"),
            ("elsewhere/..", "is the current folder"),
            ("..", "holds the current folder"),
            ("/", "is the root folder /"),
            ("/../..", "is the root folder /"),
            ("link-to-content", "--output 'link-to-content' is a symbolic link (to 'content')"),
        ]
        for (output, expected) in cases {
            let why = Self.refusal(output, in: dir)
            #expect(why?.contains(expected) == true, "--output \(output): \(why ?? "accepted")")
        }
        // The home folder and any folder above it.
        #expect(Self.refusal(dir + "/elsewhere", in: dir, home: dir + "/elsewhere")?.contains("is the home folder") == true)
        #expect(Self.refusal("/tmp", in: dir, home: dir + "/elsewhere")?.contains("holds") == true)
        // What is allowed: a new folder, okm's own, an empty one, one beside the project.
        #expect(Self.refusal("output", in: dir) == nil)
        #expect(Self.refusal("elsewhere", in: dir) == nil)
        #expect(Self.refusal("site/new/output", in: dir) == nil)
        #expect(Self.refusal("../" + (dir as NSString).lastPathComponent + "-site", in: dir) == nil)
    }

    @Test func outputThatHoldsSomeoneElsesFilesIsRefusedUnlessOkmMadeIt() throws {
        let dir = try Self.project()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/notes/deep", withIntermediateDirectories: true)
        try Data("x".utf8).write(to: URL(fileURLWithPath: dir + "/notes/deep/n.md"))
        #expect(Self.refusal("notes", in: dir)?.contains("--output 'notes' is a folder okm did not make and it holds .md files") == true)
        try Data("made by okm\n".utf8).write(to: URL(fileURLWithPath: dir + "/notes/" + OutputFolder.markerName))
        #expect(Self.refusal("notes", in: dir) == nil)
        try FileManager.default.createDirectory(atPath: dir + "/repo/.git", withIntermediateDirectories: true)
        #expect(Self.refusal("repo", in: dir)?.contains("holds a .git folder") == true)
    }

    @Test func aSecondLockOnTheSameOutputFailsAtOnceWithThePid() throws {
        let dir = try Self.project()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let first = try OutputLock.acquire(output: dir + "/output")
        #expect(first.path == dir + "/.output.okm-lock")
        #expect(throws: OutputLock.Busy(pid: getpid(), output: dir + "/./output")) { try OutputLock.acquire(output: dir + "/./output/") }
        let busy = OutputLock.Busy(pid: 42, output: "output")
        #expect(busy.description == "another okm build is running on output/ (pid 42); wait for it to finish")
        first.release()
        let again = try OutputLock.acquire(output: dir + "/output")
        again.release()
        #expect(!FileManager.default.fileExists(atPath: dir + "/.output.okm-lock"), "the lock file is removed when it is let go")
    }

    /// Staging folders are removed only when the build whose pid they carry is gone.
    @Test func leftoversOfALiveBuildAreKept() throws {
        let dir = try Self.project()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let sleeper = Process()
        sleeper.executableURL = URL(fileURLWithPath: "/bin/sleep")
        sleeper.arguments = ["30"]
        try sleeper.run()
        defer { sleeper.terminate() }
        let live = ".output.okm-new-\(sleeper.processIdentifier)-1-1"
        let dead = ".output.okm-new-999999999-1-1", deadOld = ".output.okm-old-999999999-1-1"
        for name in [live, dead, deadOld] { try FileManager.default.createDirectory(atPath: dir + "/" + name, withIntermediateDirectories: true) }
        let output = try OutputFolder.validate("output", content: "content", templates: "templates", currentDirectory: dir)
        let absolute = try OutputFolder.validate(dir + "/output", content: dir + "/content", templates: dir + "/templates", currentDirectory: dir)
        #expect(output.name == "output")
        let staging = try Staging(output: absolute)
        defer { staging.discard() }
        let names = try FileManager.default.contentsOfDirectory(atPath: dir)
        #expect(names.contains(live))
        #expect(!names.contains(dead) && !names.contains(deadOld))
        #expect(FileManager.default.fileExists(atPath: staging.path + "/" + OutputFolder.markerName))
    }

    @Test func externalToolIsKilledWithItsChildrenAfterItsTimeout() throws {
        let start = Date()
        let r = try ExternalTool.run("/bin/sh", arguments: ["-c", "echo started; sleep 100 & sleep 100; echo never"], timeout: 1)
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(r.timedOut)
        #expect(r.output == "started\n")
        let ok = try ExternalTool.run("/bin/sh", arguments: ["-c", "echo out; echo err >&2; exit 4"], timeout: 10)
        #expect(!ok.timedOut && ok.status == 4 && ok.tail() == "out / err")
        // A tool that writes more than a pipe holds is read while it runs, not deadlocked.
        let big = try ExternalTool.run("/bin/sh", arguments: ["-c", "head -c 1000000 /dev/zero | tr '\\\\0' x; echo; echo end"], timeout: 30)
        #expect(!big.timedOut && big.status == 0 && big.output.hasSuffix("end\n"))
        #expect(ExternalTool.timeout(standard: 600, environment: ["OKM_TOOL_TIMEOUT": "3"]) == 3)
        #expect(ExternalTool.timeout(standard: 600, environment: [:]) == 600)
    }
}

@Suite struct SmallerHolesTests {
    /// A failed read (a static file that cannot be opened for copying) said "could not write".
    @Test func aReadFailureSaysCouldNotRead() {
        let read = CocoaError(.fileReadNoPermission, userInfo: [NSFilePathErrorKey: "content/scan.pdf"])
        #expect(WriteError.explain(read).worded(.en).hasPrefix("could not read content/scan.pdf"))
        let missing = CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "content/gone.pdf"])
        #expect(WriteError.explain(missing).worded(.en).hasPrefix("could not read content/gone.pdf"))
        let write = CocoaError(.fileWriteOutOfSpace, userInfo: [NSFilePathErrorKey: "output/x.html"])
        #expect(WriteError.explain(write).worded(.en).hasPrefix("could not write output/x.html"))
    }

    @Test func staticFilesWhereOkmWritesItsOwnAreNamed() {
        #expect(FileChecks.generatedOutput(at: "robots.txt") == "/robots.txt")
        #expect(FileChecks.generatedOutput(at: "sitemap-2.xml") == "/sitemap-2.xml")
        #expect(FileChecks.generatedOutput(at: "data/news.json") == "/data/")
        #expect(FileChecks.generatedOutput(at: "news/2015/robots.txt") == nil)
        #expect(FileChecks.generatedOutput(at: "favicon.ico") == nil)
    }
}
