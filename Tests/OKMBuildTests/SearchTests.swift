import Foundation
import Testing
@testable import OKMBuild

/// Search as a reader uses it: the build runs Pagefind over the site, and Pagefind's own
/// search engine (the pagefind.js and WebAssembly the build wrote) answers queries in Node,
/// reading the index from disk (Tests/Tools/pagefind-query.mjs).
@Suite(.serialized) struct SearchTests {
    struct Result: Decodable {
        var url: String
        var title: String?
        /// Pagefind's excerpt, with the matched words in `<mark>`.
        var excerpt: String?
        var filters: [String: [String]]
        var meta: [String: String]
        /// The whole text Pagefind indexed for the page.
        var content: String
    }

    struct Answer: Decodable {
        var query: String
        var results: [Result]
        var urls: [String] { results.map(\.url) }
    }

    static let node: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/node" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Pagefind and Node, or nil. Missing tools skip these tests on a developer's machine, but
    /// fail them in CI, where scripts/install-deps installs both.
    static func tools() -> (SearchIndex, String)? {
        if let pagefind = SearchIndex.locate(), let node { return (pagefind, node) }
        let message = "Pagefind or Node is missing (scripts/install-deps installs them): search not tested"
        if ProcessInfo.processInfo.environment["CI"] != nil { Issue.record(Comment(rawValue: message)) } else { print("note: \(message)") }
        return nil
    }

    static func query(_ b: BuiltSite, _ queries: [String], node: String) throws -> [String: Answer] {
        let script = BuildTestSupport.repositoryRoot + "/Tests/Tools/pagefind-query.mjs"
        let p = Process()
        p.executableURL = URL(fileURLWithPath: node)
        p.arguments = [script, b.output + "/pagefind"] + queries
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let problems = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "node: \(problems)")
        var answers: [String: Answer] = [:]
        for line in data.split(separator: UInt8(ascii: "\n")) {
            let a = try JSONDecoder().decode(Answer.self, from: Data(line))
            answers[a.query] = a
        }
        return answers
    }

    @Test func demoSiteFindsRecordsTypedInCyrillicOrLatin() throws {
        guard let node = Self.tools()?.1 else { return }
        let b = BuiltSite(content: "content") { $0.searchIndex = true }
        defer { b.remove() }
        #expect(b.report.succeeded, "\(b.report.diagnostics)")
        #expect(b.report.notices.isEmpty, "\(b.report.notices)")
        #expect(b.exists("pagefind/pagefind-ui.js"))
        #expect(b.text("search/index.html").contains("<script src=\"/pagefind/pagefind-ui.js\""))
        let a = try Self.query(b, ["Русе", "Ruse", "приемна грижа", "Kardzhali", "Кърджали"], node: node)

        let ruseRecords = ["/protocols/2014/ruse-2014-11-25/", "/events/2015/ruse-seminar/", "/regions/ruse/", "/institutions/dmsgd-ruse/"]
        for q in ["Русе", "Ruse"] {
            let urls = try #require(a[q]).urls
            for r in ruseRecords { #expect(urls.contains(r), "'\(q)' does not find \(r)") }
            #expect(!urls.contains("/news/2015/kardzhali-kragla-masa/"), "'\(q)' finds a Kardzhali record")
        }
        for q in ["Kardzhali", "Кърджали"] {
            let urls = try #require(a[q]).urls
            for r in ["/news/2015/kardzhali-kragla-masa/", "/events/2015/kardzhali-kragla-masa/", "/regions/kardzhali/"] {
                #expect(urls.contains(r), "'\(q)' does not find \(r)")
            }
            #expect(!urls.contains("/protocols/2014/ruse-2014-11-25/"))
        }
        // Foster care is discussed at the Kardzhali round table (news and event), nowhere else.
        #expect(Set(try #require(a["приемна грижа"]).urls) == ["/news/2015/kardzhali-kragla-masa/", "/events/2015/kardzhali-kragla-masa/"])

        // Filters for region, kind and year come with every result.
        let meeting = try #require(a["Ruse"]?.results.first { $0.url == "/protocols/2014/ruse-2014-11-25/" })
        #expect(meeting.filters == ["Област": ["Русе"], "Вид": ["Протоколи"], "Година": ["2014"]])
        #expect(meeting.title == "Протокол №\u{00A0}2 от заседание на ОКМ\u{00A0}– Русе")  // as the page shows it
        // Lists, the home page and the search page itself are not results.
        for answer in a.values {
            #expect(!answer.urls.contains("/"))
            #expect(!answer.urls.contains { $0.hasPrefix("/protocols/20") && $0.split(separator: "/").count == 2 })
        }
    }

    @Test(arguments: [false, true]) func theIndexHoldsNoDraftAndNoConfidentialText(includeDrafts: Bool) throws {
        guard let node = Self.tools()?.1 else { return }
        let b = BuiltSite(content: FeedAndCalendarTests.publishing, drafts: includeDrafts) { $0.searchIndex = true }
        defer { b.remove() }
        #expect(b.report.succeeded, "\(b.report.diagnostics)")
        let secrets = ["ТАЙНО", "Калоян", "приемно семейство", "досие", "ЧЕРНОВ", "chernova"]
        let a = try Self.query(b, ["--all", "приемна грижа", "Калоян"], node: node)
        // Every page in the index, with all the text, metadata and filters Pagefind holds for it.
        let indexed = try #require(a["--all"]).results
        #expect(Set(indexed.map(\.url)) == [
            "/protocols/2015/ruse-2015-03-10/", "/news/2015/novina/", "/events/2015/seminar/", "/za-nas/",
            "/institutions/dom/", "/organizations/rdsp-ruse/", "/people/ivan-petrov/", "/regions/ruse/",
        ])
        for page in indexed {
            let held = ([page.url, page.title ?? "", page.content] + page.meta.values + page.filters.values.flatMap { $0 }).joined(separator: "\n")
            for s in secrets { #expect(!held.lowercased().contains(s.lowercased()), "the index holds '\(s)' for \(page.url)") }
        }
        #expect(try #require(a["Калоян"]).results.isEmpty)
        // The published records are found.
        #expect(Set(try #require(a["приемна грижа"]).urls).isSuperset(of: ["/protocols/2015/ruse-2015-03-10/", "/events/2015/seminar/"]))
    }

    @Test func withoutPagefindTheBuildWarnsAndTheSearchPageSaysSo() throws {
        let b = BuiltSite(content: FeedAndCalendarTests.basic) {
            $0.searchIndex = true
            $0.pagefind = "/nonexistent/pagefind"
        }
        defer { b.remove() }
        #expect(b.report.succeeded)
        #expect(b.report.diagnostics.isEmpty)
        #expect(b.report.notices == [SearchIndex.missingMessage])
        #expect(!b.exists("pagefind"))
        let page = b.text("search/index.html")
        #expect(page.contains("Търсенето не е достъпно в това копие на сайта."))
        #expect(!page.contains("pagefind-ui.js"))
    }

    /// A Pagefind that is there but fails stops the build (it was a warning, and a site without
    /// search went out): the error names it, its exit status and its last lines, and nothing is written.
    @Test func aFailingPagefindFailsTheBuildAndWritesNothing() throws {
        let dir = try BuildTestSupport.makeTemporaryDirectory(prefix: "okm-fake-pagefind")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let fake = dir + "/pagefind"
        try "#!/bin/sh\necho 'index error' >&2\nexit 3\n".write(toFile: fake, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake)
        let b = BuiltSite(content: FeedAndCalendarTests.basic) {
            $0.searchIndex = true
            $0.pagefind = fake
        }
        defer { b.remove() }
        #expect(!b.report.succeeded)
        #expect(!b.exists("index.html"))
        #expect(b.report.notices.isEmpty)
        let message = b.report.diagnostics.filter { $0.severity == .error }.map(\.message)
        #expect(message.count == 1)
        #expect(message.first?.contains("the site was not published: Pagefind failed (exit status 3): index error; the previous output is unchanged") == true, "\(message)")
    }
}
