import Foundation
import Testing
@testable import OKMBuild
import OKMModel

/// What a reader finds first, with Pagefind's own search engine and the ranking the site's
/// search page gives it (Tests/Tools/pagefind-query.mjs), on the demo and on a generated
/// 1 000-record corpus: a table of queries in Cyrillic and in Latin letters (a region, an
/// institution, a person, a project, a protocol number) and what must come first.
@Suite(.serialized) struct SearchRankingTests {
    enum Expect {
        /// The region's page and its latest protocol in the first five, and every record of the
        /// region (protocol, news, event) that is found above every entity page (institution,
        /// service, project, organization, person).
        case region(slug: String, latestProtocol: String?)
        /// This page first.
        case first(String)
        /// This page first, then only records (no entity page) in the next `records`.
        case firstThenRecords(String, records: Int)
        /// The first `count` results are protocols whose titles contain every one of `words`.
        case protocols(count: Int, titleContains: [String])
    }

    struct Row: CustomStringConvertible {
        var query: String
        var expect: Expect
        var description: String { query }
    }

    static let entityKinds: Set<String> = ["institutions", "services", "projects", "organizations", "people"]
    static let recordKinds: Set<String> = ["protocols", "news", "events"]

    static func kind(_ url: String) -> String { url.split(separator: "/").first.map(String.init) ?? "" }

    /// Checks one row against the answer; a failure names the query and the first results.
    static func check(_ row: Row, _ answer: SearchTests.Answer?) {
        guard let answer else { Issue.record("no answer for '\(row.query)'"); return }
        let urls = answer.urls
        let shown = "'\(row.query)' gave \(urls.prefix(8))"
        switch row.expect {
        case .region(let slug, let latest):
            let top = urls.prefix(5)
            #expect(top.contains("/regions/\(slug)/"), "the region's page is not in the first five: \(shown)")
            if let latest { #expect(top.contains(latest), "the latest protocol \(latest) is not in the first five: \(shown)") }
            let region = answer.results.first { $0.url == "/regions/\(slug)/" }?.filters.values.first ?? []
            let lastRecord = answer.results.lastIndex { recordKinds.contains(kind($0.url)) && $0.filters.values.contains(region) }
            let firstEntity = answer.results.firstIndex { entityKinds.contains(kind($0.url)) }
            if let lastRecord, let firstEntity {
                #expect(lastRecord < firstEntity, "\(answer.results[firstEntity].url) (\(firstEntity + 1).) ranks above the region's record \(answer.results[lastRecord].url) (\(lastRecord + 1).) for '\(row.query)'")
            }
        case .first(let url):
            #expect(urls.first == url, "\(url) is not first: \(shown)")
        case .firstThenRecords(let url, let count):
            #expect(urls.first == url, "\(url) is not first: \(shown)")
            let next = urls.dropFirst().prefix(count)
            #expect(next.count == count && next.allSatisfy { recordKinds.contains(kind($0)) }, "not records after the first: \(shown)")
        case .protocols(let count, let words):
            let top = answer.results.prefix(count)
            #expect(top.count == count && top.allSatisfy { r in kind(r.url) == "protocols" && words.allSatisfy { (r.title ?? "").contains($0) } },
                    "the first \(count) are not protocols titled with \(words): \(top.map { "\($0.url) \($0.title ?? "")" })")
        }
        // A query in Latin letters shows a readable excerpt: the words it matched, in Latin letters.
        if row.query.unicodeScalars.allSatisfy({ $0.isASCII }), let first = answer.results.first {
            let marked = (first.excerpt ?? "").components(separatedBy: "<mark>").dropFirst().map { $0.prefix { $0 != "<" } }
            #expect(!marked.isEmpty && marked.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) },
                    "'\(row.query)': the excerpt of \(first.url) shows no Latin match: \(first.excerpt ?? "none")")
        }
    }

    /// No indexed text holds a page's own id (its slug) or a decision's anchor: readers search for names.
    static func checkNoIDsIndexed(_ all: [SearchTests.Result]) {
        let slugs = Set(all.compactMap { r -> String? in
            let slug = r.url.split(separator: "/").last.map(String.init) ?? ""
            return slug.contains("-") && slug.count > 6 ? slug : nil
        })
        for page in all {
            let words = Set(page.content.split(whereSeparator: { $0.isWhitespace || ",.;:()[]„“\"".contains($0) }).map(String.init))
            let ids = words.intersection(slugs)
            #expect(ids.isEmpty, "\(page.url) has ids in its indexed text: \(ids.sorted().prefix(3))")
        }
    }

    static func run(_ b: BuiltSite, _ rows: [Row], node: String) throws {
        #expect(b.report.succeeded, "\(b.report.diagnostics.prefix(3))")
        // The table in a fresh search engine, as a reader's page starts; the listing of every page
        // ("--all") in another one, since it loads the whole index and so changes what a prefix
        // of a word extends to.
        let answers = try SearchTests.query(b, rows.map(\.query), node: node)
        for row in rows { check(row, answers[row.query]) }
        checkNoIDsIndexed(try #require(try SearchTests.query(b, ["--all"], node: node)["--all"]).results)
    }

    @Test func theDemoFindsTheObviousFirst() throws {
        guard let node = SearchTests.tools()?.1 else { return }
        let b = BuiltSite(content: "content") { $0.searchIndex = true }
        defer { b.remove() }
        let ruse = Expect.region(slug: "ruse", latestProtocol: "/protocols/2014/ruse-2014-11-25/")
        let kardzhali = Expect.region(slug: "kardzhali", latestProtocol: nil)
        try Self.run(b, [
            Row(query: "Русе", expect: ruse), Row(query: "Ruse", expect: ruse),
            Row(query: "Кърджали", expect: kardzhali), Row(query: "Kardzhali", expect: kardzhali),
            Row(query: "Дом за медико-социални грижи за деца – Русе", expect: .firstThenRecords("/institutions/dmsgd-ruse/", records: 1)),
            Row(query: "DMSGD Ruse", expect: .first("/institutions/dmsgd-ruse/")),
            Row(query: "Станимир Станчев", expect: .firstThenRecords("/people/stanimir-stanchev/", records: 1)),
            Row(query: "Stanimir Stanchev", expect: .first("/people/stanimir-stanchev/")),
            Row(query: "Нашите деца", expect: .first("/projects/nashite-detsa/")),
            Row(query: "Nashite detsa", expect: .first("/projects/nashite-detsa/")),
            Row(query: "Протокол № 2", expect: .first("/protocols/2014/ruse-2014-11-25/")),
            Row(query: "Protokol 2", expect: .first("/protocols/2014/ruse-2014-11-25/")),
        ], node: node)
    }

    static let shared = BuildTestSupport.repositoryRoot + "/../shared"

    /// The corpus of ../shared/bench/make-corpus.py (1 000 records, seed 1), generated into a
    /// temporary folder and built with search (about 10 s on an idle machine).
    @Test(.enabled(if: FileManager.default.fileExists(atPath: shared + "/bench/make-corpus.py")))
    func aThousandRecordCorpusFindsTheObviousFirst() throws {
        guard let node = SearchTests.tools()?.1 else { return }
        let dir = try BuildTestSupport.makeTemporaryDirectory(prefix: "okm-search-corpus")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", Self.shared + "/bench/make-corpus.py", "--docs", "1000", "--out", dir]
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        try #require(p.terminationStatus == 0)
        let b = BuiltSite(content: "content") {
            $0.contentDirectory = dir + "/content"
            $0.searchIndex = true
            $0.today = Day(year: 2026, month: 12, day: 5)
        }
        defer { b.remove() }
        let latest = try Self.latestProtocols(dir + "/content/protocols")
        var rows: [Row] = []
        for (cyrillic, latin, slug) in [("Русе", "Ruse", "ruse"), ("Варна", "Varna", "varna"), ("Кърджали", "Kardzhali", "kardzhali"), ("Бургас", "Burgas", "burgas")] {
            let expect = Expect.region(slug: slug, latestProtocol: try #require(latest[slug]))
            rows += [Row(query: cyrillic, expect: expect), Row(query: latin, expect: expect)]
        }
        rows += [
            Row(query: "Дом за медико-социални грижи за деца – Бургас", expect: .firstThenRecords("/institutions/dmsgd-burgas/", records: 4)),
            Row(query: "DMSGD Burgas", expect: .first("/institutions/dmsgd-burgas/")),
            Row(query: "Атанас Радев Вълчев", expect: .firstThenRecords("/people/atanas-radev-valchev/", records: 4)),
            Row(query: "Atanas Radev Valchev", expect: .first("/people/atanas-radev-valchev/")),
            Row(query: "Развитие на системата за планиране", expect: .first("/projects/bg051po001-1-1-01/")),
            Row(query: "Razvitie na sistemata za planirane", expect: .first("/projects/bg051po001-1-1-01/")),
            Row(query: "Протокол № 1 Бургас", expect: .protocols(count: 5, titleContains: ["№\u{00A0}1 ", "Бургас"])),
        ]
        try Self.run(b, rows, node: node)
    }

    /// For every region, the URL of its latest protocol that is not a draft, from the front matter.
    static func latestProtocols(_ folder: String) throws -> [String: String] {
        var latest: [String: (date: String, url: String)] = [:]
        for file in FileManager.default.subpaths(atPath: folder) ?? [] where file.hasSuffix(".md") {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            func field(_ name: String) -> String? {
                text.split(whereSeparator: \.isNewline).first { $0.hasPrefix(name + ":") }
                    .map { $0.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces) }
            }
            guard let region = field("region"), let date = field("date"), field("draft") != "true" else { continue }
            // The page's address: /protocols/<year>/<the file's name as a slug>/.
            let name = Slug.make(((file as NSString).lastPathComponent as NSString).deletingPathExtension)
            if latest[region].map({ date > $0.date }) ?? true {
                latest[region] = (date, "/protocols/\(date.prefix(4))/\(name)/")
            }
        }
        return latest.mapValues(\.url)
    }
}
