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

    /// The edits of issue 21 item 4 that go through content: each is chosen at random, and a
    /// sequence of them must cover every one (`Editor.kinds`).
    enum EditKind: Int, CaseIterable {
        case body, title, removeLine, newRecord, summary, date, referenceAdded, referenceRemoved,
             deletedRecord, renamedFile, closureStep, decisionStatus, siteSettings
    }

    /// Makes random edits a person might make to a copy of the demo content, remembering the
    /// records it added (the only ones it deletes or renames, so that no reference breaks).
    struct Editor {
        let content: String
        var added: [String] = []
        var closureSteps = 0
        var done: Set<EditKind> = []
        /// The kinds still to come: each run of `EditKind.allCases.count` edits is a random order of them all.
        var coming: [EditKind] = []

        var files: [String] { (FileManager.default.subpaths(atPath: content) ?? []).filter { $0.hasSuffix(".md") }.sorted() }

        /// One random edit; what it did and the file it changed (for a deletion or a rename: the file gone).
        mutating func edit(_ rng: inout SplitMix) throws -> (what: String, path: String) {
            if coming.isEmpty { coming = EditKind.allCases.shuffled(using: &rng) }
            var kind = coming.removeFirst()
            // A deletion or a rename needs a record of the editor's own: a new one first.
            if added.isEmpty, kind == .deletedRecord || kind == .renamedFile { coming.append(kind); kind = .newRecord }
            done.insert(kind)
            func pick(_ folder: String, containing text: String = "") -> String {
                let list = files.filter { path in
                    path.hasPrefix(folder + "/")
                        && (text.isEmpty || ((try? String(contentsOfFile: content + "/" + path, encoding: .utf8)) ?? "").contains(text))
                }
                return list[Int(rng.next() % UInt64(list.count))]
            }
            let fm = FileManager.default
            var file = files[Int(rng.next() % UInt64(files.count))]
            var text = ""
            func read() throws { text = try String(contentsOfFile: content + "/" + file, encoding: .utf8) }
            try read()
            switch kind {
            case .body: text += "\nДобавен абзац за ДМСГД – Русе и КСУДС на \(rng.next() % 1000).\n"
            case .title:
                if let r = text.range(of: "\ntitle: ") { text.insert(contentsOf: "Ново – ", at: r.upperBound) } else { text += "\nОще текст.\n" }
            case .removeLine:
                var lines = text.components(separatedBy: "\n")
                if let last = lines.lastIndex(where: { !$0.isEmpty && !$0.hasPrefix("---") }), last > (lines.lastIndex(of: "---") ?? 0) {
                    lines.remove(at: last)
                }
                text = lines.joined(separator: "\n")
            case .newRecord:
                let new = content + "/news/2016/novina-\(rng.next() % 10000).md"
                try fm.createDirectory(atPath: (new as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try "---\ntitle: Нова новина\ndate: 2016-0\(1 + rng.next() % 9)-1\(rng.next() % 9)\nregion: ruse\ninstitutions: [dmsgd-ruse]\n---\nРДСП Русе съобщи.\n"
                    .write(toFile: new, atomically: true, encoding: .utf8)
                added.append(new)
                return ("\(kind): added \(new)", new)
            case .summary:
                if let r = text.range(of: "\nsummary: ") { text.insert(contentsOf: "Обобщение. ", at: r.upperBound) } else { text += "\n" }
            case .date:
                // A dated record moves to another year's archive (its folder stays: okm ignores it).
                file = pick(rng.next() % 2 == 0 ? "news" : "events", containing: "\ndate: ")
                try read()
                let r = try #require(text.range(of: #"\ndate: \d{4}"#, options: .regularExpression))
                let year = Int(text[r].suffix(4))!
                text.replaceSubrange(r, with: "\ndate: \(year + (rng.next() % 2 == 0 ? 1 : -1))")
            case .referenceAdded:
                // Backlinks change on the institution's page and on the lists that show them.
                file = pick("news")
                try read()
                let institution = try #require(["ddlrg-sarmen", "ddlrg-nadezhda", "ddlrg-brestovitsa", "dmsgd-kardzhali"].first { !text.contains($0) })
                if let r = text.range(of: "\ninstitutions: [") {
                    text.insert(contentsOf: institution + ", ", at: r.upperBound)
                } else {
                    text = text.replacingOccurrences(of: "\n---\n", with: "\ninstitutions: [\(institution)]\n---\n", range: text.range(of: "\n---\n"))
                }
            case .referenceRemoved:
                file = pick("news", containing: ", ")
                try read()
                // The first item of the first list of two or more references in the front matter.
                let front = text.range(of: "\n---\n").map { text[..<$0.lowerBound] } ?? text[...]
                if let r = front.range(of: #": \[[a-z0-9-]+, "#, options: .regularExpression) {
                    text.replaceSubrange(r, with: ": [")
                } else {
                    text += "\n"
                }
            case .deletedRecord:
                let gone = added.remove(at: Int(rng.next() % UInt64(added.count)))
                try fm.removeItem(atPath: gone)
                return ("\(kind): deleted \(gone)", gone)
            case .renamedFile:
                let i = Int(rng.next() % UInt64(added.count))
                let renamed = String(added[i].dropLast(3)) + "-r.md"
                try fm.moveItem(atPath: added[i], toPath: renamed)
                defer { added[i] = renamed }
                return ("\(kind): renamed \(added[i])", added[i])
            case .closureStep:
                // One more step of an institution's closure, after every dated step it has.
                file = pick("institutions", containing: "\ntimeline:\n  - {")
                try read()
                closureSteps += 1
                var lines = text.components(separatedBy: "\n")
                let start = try #require(lines.firstIndex(of: "timeline:"))
                var end = start + 1
                while end < lines.count, lines[end].hasPrefix("  - {") { end += 1 }
                lines.insert("  - { date: 2025-01-\(10 + closureSteps), status: closed, source: pages/principles }", at: end)
                text = lines.joined(separator: "\n")
            case .decisionStatus:
                // A protocol's decision: taken, then moved from status to status.
                file = pick("protocols", containing: "\nnumber: ")
                try read()
                let statuses = ["open", "in-progress", "done", "dropped"]
                if let r = text.range(of: #"\n    status: [a-z-]+"#, options: .regularExpression) {
                    let now = String(text[r].split(separator: " ").last!)
                    let next = statuses[(statuses.firstIndex(of: now)! + 1) % statuses.count]
                    text.replaceSubrange(r, with: "\n    status: \(next)")
                } else {
                    let decisions = "\ndecisions:\n  - text: Да се изготви доклад за напредъка\n    responsible: [rdsp-ruse]\n    status: open\n---\n"
                    text = text.replacingOccurrences(of: "\n---\n", with: decisions, range: text.range(of: "\n---\n"))
                }
            case .siteSettings:
                file = "site.yml"
                try read()
                text = text.replacingOccurrences(of: "\ndescription: ", with: "\ndescription: Ново. ")
            }
            // A new stamp even within the same second: incremental builds key on size and time.
            let path = content + "/" + file
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            try fm.setAttributes([.modificationDate: Date().addingTimeInterval(Double(rng.next() % 1000))], ofItemAtPath: path)
            return ("\(kind) of \(file)", path)
        }
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
        var editor = Editor(content: options.contentDirectory)
        var quickPasses = 0
        let rounds = 3 * EditKind.allCases.count
        for round in 1...rounds {
            let (what, path) = try editor.edit(&rng)
            // The quick pass writes the edited record's own pages at once…
            let quick = session.quickPass(changed: [path])
            let early = Self.tree(options.outputDirectory)
            let incremental = session.rebuild()
            var full = options
            full.outputDirectory = work + "/full-\(round)"
            let report = Pipeline.build(full)
            #expect(incremental.succeeded == report.succeeded, "\(what)")
            #expect(report.succeeded, "round \(round), \(what): \(report.diagnostics.prefix(3))")
            guard report.succeeded else { continue }
            #expect(incremental.filesDecoded <= 2, "\(what): \(incremental.filesDecoded) files decoded")
            let a = Self.tree(options.outputDirectory).filter { $0.key != ".gitignore" }
            let b = Self.tree(full.outputDirectory)
            #expect(a.keys.sorted() == b.keys.sorted(), "\(what)")
            let differing = a.keys.filter { a[$0] != b[$0] }.sorted()
            #expect(differing.isEmpty, "round \(round), \(what): \(differing.prefix(5)) \(Self.firstDifference(differing.first.map { (a[$0], b[$0]) }))")
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
        #expect(quickPasses >= 3, "only \(quickPasses) of \(rounds) edits went through the quick pass")
        #expect(editor.done == Set(EditKind.allCases), "not covered: \(Set(EditKind.allCases).subtracting(editor.done))")
    }

    /// The dependency graph at work: a news item's new title is re-rendered on the pages that
    /// read that item (its page, the lists, the feeds…) and nowhere else, and the output is still
    /// a whole build's; site.yml, which the graph does not cover, makes the render whole again.
    @Test func aTitleEditReRendersOnlyThePagesThatReadIt() throws {
        let work = Self.temp("graph")
        defer { try? FileManager.default.removeItem(atPath: work) }
        let (options, session) = try Self.demoSession(in: work)
        let first = session.rebuild()
        #expect(first.succeeded)
        #expect(first.jobsRendered == first.jobsPlanned && first.jobsPlanned > 100)

        func check(_ what: String) throws -> BuildReport {
            let incremental = session.rebuild()
            var full = options
            full.outputDirectory = work + "/full"
            defer { try? FileManager.default.removeItem(atPath: full.outputDirectory) }
            #expect(Pipeline.build(full).succeeded)
            let a = Self.tree(options.outputDirectory).filter { $0.key != ".gitignore" }
            let b = Self.tree(full.outputDirectory)
            #expect(a.keys.sorted() == b.keys.sorted(), "\(what)")
            #expect(a.keys.filter { a[$0] != b[$0] }.sorted().isEmpty, "\(what): \(a.keys.filter { a[$0] != b[$0] }.sorted().prefix(5))")
            return incremental
        }

        // Nothing changed: nothing is made again but the files that read nothing of the site.
        let same = try check("no change")
        #expect(same.jobsRendered < 20, "\(same.jobsRendered) of \(same.jobsPlanned)")

        let news = (FileManager.default.subpaths(atPath: options.contentDirectory) ?? []).filter { $0.hasPrefix("news/") && $0.hasSuffix(".md") }.sorted()
        let path = options.contentDirectory + "/" + (try #require(news.first))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: Ново – ").write(toFile: path, atomically: true, encoding: .utf8)
        let title = try check("title edit")
        #expect(title.jobsRendered > 0 && title.jobsRendered * 2 < title.jobsPlanned, "\(title.jobsRendered) of \(title.jobsPlanned)")
        #expect(title.filesWritten > 0)

        let site = options.contentDirectory + "/site.yml"
        try (try String(contentsOfFile: site, encoding: .utf8)).replacingOccurrences(of: "\ndescription: ", with: "\ndescription: Ново. ")
            .write(toFile: site, atomically: true, encoding: .utf8)
        let settings = try check("site.yml edit")
        #expect(settings.jobsRendered == settings.jobsPlanned)
    }

    /// Where two versions of a file part, with some text around (for a failure's message).
    static func firstDifference(_ pair: (Data?, Data?)?) -> String {
        guard let pair, let a = pair.0, let b = pair.1 else { return "" }
        let x = [UInt8](a), y = [UInt8](b)
        let i = zip(x, y).prefix { $0 == $1 }.count
        func around(_ z: [UInt8]) -> String { String(decoding: z[max(0, i - 80)..<min(z.count, i + 120)], as: UTF8.self) }
        return "served: …\(around(x))… whole build: …\(around(y))…"
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
