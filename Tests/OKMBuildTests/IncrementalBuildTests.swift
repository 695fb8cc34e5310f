import Foundation
import Testing
@testable import OKMBuild
import OKMModel

/// After any single-file change, what `okm serve` writes equals a full rebuild byte for byte.
@Suite struct IncrementalBuildTests {
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
    }

    static func temp(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("okm-incr-\(name)-\(UUID().uuidString)").path
    }

    /// One random edit a person might make; returns what it did and the file it changed.
    static func edit(_ content: String, _ rng: inout SplitMix) throws -> (what: String, path: String) {
        let files = (FileManager.default.subpaths(atPath: content) ?? []).filter { $0.hasSuffix(".md") }.sorted()
        let file = files[Int(rng.next() % UInt64(files.count))]
        let path = content + "/" + file
        var text = try String(contentsOfFile: path, encoding: .utf8)
        let choice = rng.next() % 5
        switch choice {
        case 0: text += "\nДобавен абзац за ДМСГД – Русе и КСУДС на \(rng.next() % 1000).\n"
        case 1:
            if let r = text.range(of: "\ntitle: ") { text.insert(contentsOf: "Ново: ", at: r.upperBound) } else { text += "\nОще текст.\n" }
        case 2:
            var lines = text.components(separatedBy: "\n")
            if let last = lines.lastIndex(where: { !$0.isEmpty && !$0.hasPrefix("---") }), last > (lines.lastIndex(of: "---") ?? 0) {
                lines.remove(at: last)
            }
            text = lines.joined(separator: "\n")
        case 3:
            let new = content + "/news/2016/novina-\(rng.next() % 10000).md"
            try FileManager.default.createDirectory(atPath: (new as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try "---\ntitle: Нова новина\ndate: 2016-0\(1 + rng.next() % 9)-1\(rng.next() % 9)\nregion: ruse\n---\nРДСП Русе съобщи.\n"
                .write(toFile: new, atomically: true, encoding: .utf8)
            return ("added \(new)", new)
        default:
            if let r = text.range(of: "\nsummary: ") { text.insert(contentsOf: "Обобщение. ", at: r.upperBound) } else { text += "\n" }
        }
        // A new stamp even within the same second: incremental builds key on size and time.
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(Double(rng.next() % 1000))], ofItemAtPath: path)
        return ("edit \(choice) of \(file)", path)
    }

    static func tree(_ dir: String) -> [String: Data] { GoldenSiteTests.tree(dir) }

    /// A copy of the demo content in `work`, and a serve session over it writing to `work/served`.
    static func demoSession(in work: String) throws -> (BuildOptions, BuildSession) {
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: GoldenSiteTests.repoPath + "/content", toPath: work + "/content")
        var options = BuildOptions()
        options.contentDirectory = work + "/content"
        options.templatesDirectory = GoldenSiteTests.repoPath + "/templates"
        options.outputDirectory = work + "/served"
        return (options, BuildSession(options: options))
    }

    @Test func incrementalOutputEqualsAFullRebuildAfterRandomEdits() throws {
        let work = Self.temp("work")
        defer { try? FileManager.default.removeItem(atPath: work) }
        let (options, session) = try Self.demoSession(in: work)
        #expect(session.rebuild().succeeded)

        var rng = SplitMix(state: 2014_11_25)
        var quickPasses = 0
        for round in 1...12 {
            let (what, path) = try Self.edit(options.contentDirectory, &rng)
            // The quick pass writes the edited record's own pages at once…
            let quick = session.quickPass(changed: [path])
            let early = Self.tree(options.outputDirectory)
            let incremental = session.rebuild()
            var full = options
            full.outputDirectory = work + "/full-\(round)"
            let report = Pipeline.build(full)
            #expect(incremental.succeeded == report.succeeded, "\(what)")
            guard report.succeeded else { continue }
            #expect(incremental.filesDecoded <= 2, "\(what): \(incremental.filesDecoded) files decoded")
            let a = Self.tree(options.outputDirectory).filter { $0.key != ".gitignore" }
            let b = Self.tree(full.outputDirectory)
            #expect(a.keys.sorted() == b.keys.sorted(), "\(what)")
            let differing = a.keys.filter { a[$0] != b[$0] }.sorted()
            #expect(differing.isEmpty, "round \(round), \(what): \(differing.prefix(5))")
            // …and they are already what the whole build makes of them.
            if let quick {
                quickPasses += 1
                #expect(quick.paths.contains(Self.ownPage(quick.record, in: b) ?? "-"), "\(what): \(quick.paths)")
                for page in quick.paths {
                    #expect(early[page] != nil && early[page] == b[page], "round \(round), \(what): the quick pass wrote \(page) otherwise")
                }
            }
            try? FileManager.default.removeItem(atPath: full.outputDirectory)
        }
        #expect(quickPasses >= 3, "only \(quickPasses) of 12 edits went through the quick pass")
    }

    /// The path of a record's page in a built tree (`news/2015/<slug>/index.html`).
    static func ownPage(_ id: DocumentID, in tree: [String: Data]) -> String? {
        tree.keys.filter { $0.hasPrefix(id.kind.folder + "/") && $0.hasSuffix("/\(id.slug)/index.html") }.sorted().first
            ?? (id.kind == .pages ? "\(id.slug)/index.html" : nil)
    }

    /// Which edits the quick pass takes: the text of a record, not its references.
    @Test func theQuickPassTakesTextEditsOnly() throws {
        let work = Self.temp("quick")
        defer { try? FileManager.default.removeItem(atPath: work) }
        let (options, session) = try Self.demoSession(in: work)
        let news = (FileManager.default.subpaths(atPath: options.contentDirectory) ?? []).filter { $0.hasPrefix("news/") && $0.hasSuffix(".md") }.sorted()
        let path = options.contentDirectory + "/" + (try #require(news.first))
        let original = try String(contentsOfFile: path, encoding: .utf8)
        #expect(session.quickPass(changed: [path]) == nil, "no quick pass before a whole build")
        #expect(session.rebuild().succeeded)

        try (original + "\nНов абзац в края на новината.\n").write(toFile: path, atomically: true, encoding: .utf8)
        let pass = try #require(session.quickPass(changed: [path]))
        #expect(pass.filesWritten == 1)
        let page = try #require(Self.ownPage(pass.record, in: Self.tree(options.outputDirectory)))
        let html = try String(contentsOfFile: options.outputDirectory + "/" + page, encoding: .utf8)
        #expect(html.contains("Нов абзац в края на новината."))

        // A reference reaches other records' pages (backlinks): only the whole build will do.
        let withRegion = original.replacingOccurrences(of: "\n---\n", with: "\ntags: [нов-етикет]\n---\n", options: [], range: original.range(of: "\n---\n"))
        #expect(withRegion != original)
        try withRegion.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(session.quickPass(changed: [path]) == nil)
        // A file with an error: nothing is written, the whole build reports it.
        try "---\ntitle: [\n---\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(session.quickPass(changed: [path]) == nil)
        // A link (which may point out of content/): the whole build, which checks it.
        let outside = work + "/outside.md"
        try (original + "\nТекст отвън.\n").write(toFile: outside, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: outside)
        #expect(session.quickPass(changed: [path]) == nil)
        // Two files at once, or a template: the whole build.
        #expect(session.quickPass(changed: [path, path + ".md"]) == nil)
        #expect(session.quickPass(changed: [options.templatesDirectory + "/pages/news.mustache"]) == nil)
    }
}
