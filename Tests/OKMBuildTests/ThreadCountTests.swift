import Foundation
import Testing
@testable import OKMBuild
import OKMModel

/// Issue 21, item 3: the output is byte-identical whatever the thread count of the build
/// (`--jobs`, `OKM_THREADS`, here `BuildOptions.threads`): the demo, every fixture site and a
/// generated corpus, each built with 1, 2 and 16 threads — the same paths, the same bytes.
/// Search is off (`BuildOptions.searchIndex` false): Pagefind's index is its own program's
/// output, not okm's, and okm's pages are what the thread count could change.
@Suite struct ThreadCountTests {
    static let repo = BuildTestSupport.repositoryRoot
    static let shared = repo + "/../shared"
    static let counts = [1, 2, 16]

    /// Every path under `dir` (folders too) → its bytes (nil for a folder).
    static func tree(_ dir: String) -> [String: Data?] {
        var out: [String: Data?] = [:]
        for rel in BuildTestSupport.allEntriesRecursively(in: dir) {
            out[rel] = FileManager.default.contents(atPath: dir + "/" + rel)
        }
        return out
    }

    static func requireSameOutput(content: String) throws {
        var trees: [(threads: Int, files: [String: Data?])] = []
        for n in counts {
            let out = try BuildTestSupport.makeTemporaryDirectory(prefix: "okm-threads-\(n)") + "/output"
            defer { try? FileManager.default.removeItem(atPath: (out as NSString).deletingLastPathComponent) }
            var o = BuildOptions()
            o.contentDirectory = content
            o.templatesDirectory = repo + "/templates"
            o.outputDirectory = out
            o.today = Day(year: 2026, month: 12, day: 5)
            o.threads = n
            let report = Pipeline.build(o)
            try #require(report.succeeded, "\(content) with \(n) threads: \(report.problems) \(report.diagnostics.filter { $0.severity == .error })")
            trees.append((n, tree(out)))
        }
        let one = trees[0].files
        #expect(one.count > 10)
        for (n, files) in trees.dropFirst() {
            #expect(Set(files.keys) == Set(one.keys), "\(content): the paths with \(n) threads are not those with 1: \(Set(files.keys).symmetricDifference(one.keys).sorted().prefix(10))")
            let differing = one.keys.sorted().filter { files[$0] != nil && files[$0]! != one[$0]! }
            #expect(differing.isEmpty, "\(content): with \(n) threads these differ from 1 thread: \(differing.prefix(10))")
        }
    }

    @Test func theDemoIsTheSameWithOneTwoAndSixteenThreads() throws {
        try Self.requireSameOutput(content: Self.repo + "/content")
    }

    @Test(arguments: BuildTestSupport.subdirectoryNames(of: BuildTestSupport.fixturesDirectory + "/sites"))
    func aFixtureSiteIsTheSameWithOneTwoAndSixteenThreads(_ site: String) throws {
        try Self.requireSameOutput(content: BuildTestSupport.fixturesDirectory + "/sites/\(site)/content")
    }

    /// 300 records of ../shared/bench/make-corpus.py (seed 1): enough for every parallel loop to
    /// split its work among 16 threads.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: shared + "/bench/make-corpus.py")))
    func aGeneratedCorpusIsTheSameWithOneTwoAndSixteenThreads() throws {
        let dir = try BuildTestSupport.makeTemporaryDirectory(prefix: "okm-threads-corpus")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", Self.shared + "/bench/make-corpus.py", "--docs", "300", "--out", dir]
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        try #require(p.terminationStatus == 0)
        try Self.requireSameOutput(content: dir + "/content")
    }
}
