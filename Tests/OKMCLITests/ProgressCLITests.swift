import Foundation
import Testing

/// `okm build`'s progress line: on a terminal only, never into a log, never with --quiet.
@Suite struct ProgressCLITests {
    static let script = ["/usr/bin/script", "/bin/script"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test func noProgressWhenStandardErrorIsNotATerminal() throws {
        let dir = try CLI.project(content: CLI.repo + "/Tests/Fixtures/sites/basic/content")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try CLI.runFile("/usr/bin/env", ["LANG=bg_BG.UTF-8", CLI.binary, "build", "--no-search"], in: dir)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stderr.isEmpty, "progress reached a pipe: \(r.stderr.debugDescription)")
        #expect(!r.stdout.contains("\r"))
    }

    /// On a pseudo-terminal (script(1), from scripts/install-deps): the line is drawn in
    /// Bulgarian, in place, and cleared before the summary; `--quiet` draws none.
    @Test(.enabled(if: script != nil), arguments: [false, true])
    func onATerminalTheStagesAreDrawnInPlace(quiet: Bool) throws {
        let dir = try CLI.project(content: CLI.repo + "/Tests/Fixtures/sites/basic/content")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let command = "LANG=bg_BG.UTF-8 LC_ALL= '\(CLI.binary)' build --no-search" + (quiet ? " --quiet" : "")
        let r = try CLI.runFile(Self.script!, ["-qec", command, "/dev/null"], in: dir)
        #expect(r.status == 0, "\(r.stdout)")
        if quiet {
            #expect(!r.stdout.contains("\r\u{1B}[K") && !r.stdout.contains("Изобразяване"), "\(r.stdout.debugDescription)")
        } else {
            #expect(r.stdout.contains("\rЧетене…\u{1B}[K"), "\(r.stdout.debugDescription)")
            #expect(r.stdout.contains("\rИзобразяване "), "\(r.stdout.debugDescription)")
            // Cleared before the summary line.
            #expect(r.stdout.contains("\r\u{1B}[Kokm: "), "\(r.stdout.debugDescription)")
        }
    }
}

extension CLI {
    /// Any program, as `run` runs okm.
    static func runFile(_ executable: String, _ arguments: [String], in directory: String) throws -> CLIRun {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        p.currentDirectoryURL = URL(fileURLWithPath: directory)
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return CLIRun(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }
}
