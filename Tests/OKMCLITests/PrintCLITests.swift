import Foundation
import Testing

/// `okm build --pdf` and `okm print --internal` as a person runs them.
@Suite struct PrintCLITests {
    /// okm with its environment's PATH replaced, so WeasyPrint can be made to be missing.
    static func run(_ arguments: [String], in directory: String, path: String? = nil) throws -> CLIRun {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CLI.binary)
        p.arguments = arguments
        p.currentDirectoryURL = URL(fileURLWithPath: directory)
        if let path {
            var env = ProcessInfo.processInfo.environment
            env["PATH"] = path
            p.environment = env
        }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return CLIRun(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    @Test func buildWithPDFButNoWeasyPrintWarnsAndBuildsTheSite() throws {
        let dir = try CLI.project(content: CLI.repo + "/Tests/Fixtures/sites/basic/content")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try Self.run(["build", "--pdf"], in: dir, path: dir + "/no-tools")
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stderr.contains("okm: warning: WeasyPrint is not installed, so the site is built without PDFs"))
        #expect(FileManager.default.fileExists(atPath: dir + "/output/protocols/2015/ruse-2015-03-10/print/index.html"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/output/protocols/2015/ruse-2015-03-10/ruse-2015-03-10.pdf"))
    }

    @Test func printInternalWritesTheEditionOutsideTheSiteOnly() throws {
        let dir = try CLI.project(content: CLI.repo + "/Tests/Fixtures/sites/basic/content")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try CLI.run(["build"], in: dir).status == 0)
        let before = CLI.files(under: dir + "/output")

        let refused = try Self.run(["print", "--internal", "ruse-2015-03-10", "--output", "output/internal.html"], in: dir)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("output/internal.html: error: the internal edition must not be written inside the output folder"))
        #expect(CLI.files(under: dir + "/output") == before)

        let r = try Self.run(["print", "--internal", "ruse-2015-03-10", "-o", "archive/3-2015.html"], in: dir)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout.contains("archive/3-2015.html"))
        let html = try String(contentsOfFile: dir + "/archive/3-2015.html", encoding: .utf8)
        #expect(html.contains("За вътрешно ползване"))
        #expect(html.contains("6101047500"))
        #expect(CLI.files(under: dir + "/output") == before)

        let unknown = try Self.run(["print", "--internal", "ruse-2015-03-11", "-o", "x.html"], in: dir)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("there is no protocol 'ruse-2015-03-11' (did you mean 'ruse-2015-03-10'?)"))
    }
}
