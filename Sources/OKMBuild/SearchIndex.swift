import Foundation
import OKMModel

/// Search is Pagefind's command over the staging folder after render, before the swap: it
/// indexes only the pages whose `<main>` has `data-pagefind-body` (records and entities; lists,
/// archives, filters, mentions, print editions, data pages and 404 have none) and writes its
/// bundle to `pagefind/` there — so the index always matches the pages it is swapped in with.
/// Pagefind is optional: without it the site is built all the same, `/search/` says that
/// search is unavailable, and the build prints a warning. A Pagefind that is there but fails
/// or hangs fails the build.
public struct SearchIndex: Sendable {
    /// The Pagefind binary.
    public var executable: String

    public static let missingMessage = Message("notice.noPagefind")

    /// `explicit` (a path) when given, else `$PAGEFIND`, else `pagefind_extended` / `pagefind` on
    /// PATH, else the binary of the `pagefind_bin` Python package (what `pip install
    /// 'pagefind[bin]'` installs). nil when there is none.
    public static func locate(_ explicit: String? = nil,
                              environment: [String: String] = ProcessInfo.processInfo.environment) -> SearchIndex? {
        let fm = FileManager.default
        if let given = explicit ?? environment["PAGEFIND"].flatMap({ $0.isEmpty ? nil : $0 }) {
            return fm.isExecutableFile(atPath: given) ? SearchIndex(executable: given) : nil
        }
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        let dirs = path.split(separator: ":").filter { !$0.isEmpty }
        for name in ["pagefind_extended", "pagefind"] {
            for dir in dirs where fm.isExecutableFile(atPath: "\(dir)/\(name)") { return SearchIndex(executable: "\(dir)/\(name)") }
        }
        for python in ["python3", "python"] {
            guard let interpreter = dirs.map({ "\($0)/\(python)" }).first(where: fm.isExecutableFile) else { continue }
            let script = "import pagefind_bin; print(pagefind_bin.get_executable())"
            if let out = try? run(interpreter, ["-c", script]), out.status == 0 {
                let binary = out.text.split(whereSeparator: \.isNewline).last.map(String.init) ?? ""
                if fm.isExecutableFile(atPath: binary) { return SearchIndex(executable: binary) }
            }
        }
        return nil
    }

    /// How long Pagefind may run (`OKM_TOOL_TIMEOUT` overrides it): ten minutes.
    public static var timeout: Double { ExternalTool.timeout(standard: 600) }

    /// Pagefind's command over the staging folder (`site`), writing the bundle to `site/pagefind`.
    /// Throws `ToolFailure` when Pagefind fails, does not finish in time (it is then killed),
    /// writes no bundle or an entry file that is not whole: the build fails and the previous
    /// output stays, rather than a site without search going out (`--no-search` builds without
    /// it on purpose). (Pagefind's indexing service, fed okm's own pages, left index files empty
    /// when builds ran at once; see docs/performance.md.)
    public func index(site: String) throws {
        let limit = Self.timeout
        let out: ExternalTool.Result
        do {
            out = try ExternalTool.run(executable, arguments: ["--site", site, "--output-subdir", "pagefind", "--silent"], timeout: limit)
        } catch {
            throw ToolFailure("tool.notStarted", ["tool": "Pagefind", "executable": "\(executable)", "reason": (error as? ExternalTool.StartFailure).map { MessageArgument.message($0.message) } ?? "\(error)"])
        }
        let tail = out.tail()
        let said = tail.isEmpty ? "" : ": \(tail.suffix(600))"
        if out.timedOut { throw ToolFailure("tool.timedOut", ["tool": "Pagefind", "seconds": "\(ToolFailure.seconds(limit))", "said": "\(said)"]) }
        guard out.status == 0 else { throw ToolFailure("tool.failed", ["tool": "Pagefind", "status": "\(out.status)", "said": "\(said)"]) }
        guard FileManager.default.fileExists(atPath: site + "/pagefind/pagefind-ui.js") else {
            throw ToolFailure("tool.noBundle", ["said": "\(said)"])
        }
        guard let entry = FileManager.default.contents(atPath: site + "/pagefind/pagefind-entry.json"),
              let object = try? JSONSerialization.jsonObject(with: entry) as? [String: Any], object["languages"] != nil else {
            throw ToolFailure("tool.incomplete", [:])
        }
    }

    /// How many files the index added (for the build's count of files written).
    public static func fileCount(site: String) -> Int {
        let dir = site + "/pagefind"
        return (FileManager.default.subpaths(atPath: dir) ?? []).filter { rel in
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: dir + "/" + rel, isDirectory: &isDir) && !isDir.boolValue
        }.count
    }

    struct Output {
        var status: Int32
        /// Standard output and standard error, together (one pipe, so neither can fill up unread).
        var text: String
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> Output {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Output(status: p.terminationStatus, text: String(decoding: data, as: UTF8.self))
    }
}

/// An external step (Pagefind, WeasyPrint) that failed: the build fails and output/ is unchanged.
public struct ToolFailure: Error, CustomStringConvertible {
    /// From the catalog (`tool.*`); the tool's own last lines are quoted in it as they are.
    public var message: Message
    init(_ id: String, _ arguments: [String: MessageArgument]) { message = Message(id, arguments) }
    /// Several failures (one PDF each), one a line.
    init(_ failures: [Message]) {
        message = failures.dropFirst().reduce(failures.first ?? Message("")) { Message("lines", ["a": .message($0), "b": .message($1)]) }
    }
    /// In English (the tests' form).
    public var description: String { message.worded(.en) }

    /// `2` for 2.0, `0.5` for 0.5.
    static func seconds(_ s: Double) -> String { s == s.rounded() ? String(Int(s)) : String(s) }
}
