import Foundation
import Testing
@testable import OKMBuild

/// The sitemap, robots.txt, the files of /data/ and the accessibility statement of a built
/// fixture, read back and compared with the records they come from.
@Suite struct OpenDataAndSitemapTests {
    static let basic = FeedAndCalendarTests.basic
    static let publishing = FeedAndCalendarTests.publishing

    static var xmllint: String? {
        ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// `xmllint --schema` on a file; nil when xmllint is not installed.
    static func validate(_ file: String, schema: String) throws -> (Int32, String)? {
        guard let xmllint else { return nil }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: xmllint)
        p.arguments = ["--noout", "--schema", BuildTestSupport.fixturesDirectory + "/schemas/" + schema, file]
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let out = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: out, as: UTF8.self))
    }

    @Test func sitemapListsEveryPageAndIsValid() throws {
        let b = BuiltSite(content: Self.basic)
        defer { b.remove() }
        let root = try XMLNode.parse(try #require(b.data("sitemap.xml")))
        #expect(root.name == "urlset")
        #expect(root.attributes["xmlns"] == "http://www.sitemaps.org/schemas/sitemap/0.9")
        let locations = root.all("url").compactMap { $0.value("loc") }
        let pages = b.files.filter { $0.hasSuffix(".html") && $0 != "404.html" }
        #expect(locations.count == pages.count)
        #expect(Set(locations.map(FeedAndCalendarTests.file(forURL:))) == Set(pages))
        #expect(locations.contains("https://okm.example.bg/"))
        #expect(locations.contains("https://okm.example.bg/data/"))
        #expect(!locations.contains { $0.contains("chernova") })
        #expect(b.text("robots.txt") == "User-agent: *\nDisallow:\n\nSitemap: https://okm.example.bg/sitemap.xml\n")
        if let (status, output) = try Self.validate(b.output + "/sitemap.xml", schema: "sitemap.xsd") {
            #expect(status == 0, "\(output)")
        }
    }

    static func items(_ b: BuiltSite, _ file: String) throws -> [[String: Any]] {
        try #require(try b.json("data/" + file) as? [[String: Any]], "data/\(file) is not a list of objects")
    }

    @Test func jsonFilesMatchTheRecords() throws {
        let b = BuiltSite(content: Self.basic)
        defer { b.remove() }
        let protocols = try Self.items(b, "protocols.json")
        #expect(protocols.count == 1)
        let p = try #require(protocols.first)
        #expect(p["id"] as? String == "protocols/ruse-2015-03-10")
        #expect(p["url"] as? String == "https://okm.example.bg/protocols/2015/ruse-2015-03-10/")
        #expect(p["title"] as? String == "Протокол № 3 от заседание на ОКМ – Русе")
        #expect(p["date"] as? String == "2015-03-10")
        #expect(p["region"] as? String == "regions/ruse")
        #expect(p["chair"] as? String == "people/ivan-petrov")
        #expect(p["attendees"] as? [String] == ["organizations/rdsp-ruse", "organizations/ndd"])
        #expect(p["next_meeting"] as? String == "2015-06-16")
        let decisions = try #require(p["decisions"] as? [[String: Any]])
        #expect(decisions.map { $0["status"] as? String } == ["done"])
        #expect(decisions.first?["responsible"] as? [String] == ["organizations/rdsp-ruse"])
        #expect(decisions.first?["due"] as? String == "2015-06-30")
        let text = try #require(p["text"] as? String)
        #expect(text.contains("Г-жа Мария Иванова докладва за плана."))
        #expect(!text.contains("приемно семейство"))

        #expect(try Self.items(b, "news.json").map { $0["id"] as? String } == ["news/novina"])
        let news = try #require(try Self.items(b, "news.json").first)
        #expect((news["images"] as? [[String: Any]])?.first?["url"] as? String == "https://okm.example.bg/news/2015/snimka.png")
        #expect(news["tags"] as? [String] == ["закриване"])

        let event = try #require(try Self.items(b, "events.json").first)
        #expect(event["name"] as? String == "Семинар „Проба“")
        #expect(event["classification"] as? String == "seminar")
        #expect(event["start_date"] as? String == "2015-04-02")
        #expect((event["presenters"] as? [[String: Any]])?.first?["person_id"] as? String == "people/maria-ivanova")

        #expect(try Self.items(b, "people.json").compactMap { $0["id"] as? String }.sorted() == ["people/ivan-petrov", "people/maria-ivanova"])
        let memberships = try Self.items(b, "memberships.json")
        #expect(memberships.count == 2)
        let maria = try #require(memberships.first { $0["person_id"] as? String == "people/maria-ivanova" })
        #expect(maria["organization_id"] as? String == "organizations/rdsp-ruse")
        #expect(maria["role"] as? String == "директор")

        let rdsp = try #require(try Self.items(b, "organizations.json").first { $0["id"] as? String == "organizations/rdsp-ruse" })
        #expect(rdsp["classification"] as? String == "directorate")
        #expect(rdsp["area_id"] as? String == "regions/ruse")
        #expect((rdsp["other_names"] as? [[String: String]]) == [["name": "РДСП Русе", "note": "short"]])
        #expect((rdsp["links"] as? [[String: String]]) == [["url": "https://example.org/rdsp", "note": "website"]])

        let home = try #require(try Self.items(b, "institutions.json").first)
        #expect(home["status"] as? String == "closed")
        #expect((home["timeline"] as? [[String: Any]])?.count == 3)
        #expect(home["replaced_by"] as? [String] == ["services/tsnst-test"])
        #expect((try Self.items(b, "regions.json").first?["mechanism"] as? [String: Any])?["initiated_by"] as? String == "organizations/ndd")
    }

    @Test func decisionsCSVReadsBackInASpreadsheetShape() throws {
        let b = BuiltSite(content: Self.publishing)
        defer { b.remove() }
        let raw = b.text("data/decisions.csv")
        #expect(raw.hasPrefix("\u{FEFF}id,protocol_id,"))
        #expect(raw.hasSuffix("\r\n"))
        let rows = CSVReader.rows(raw)
        #expect(rows.count == 2, "the header and the one published decision")
        let header = rows[0]
        let row = Dictionary(uniqueKeysWithValues: zip(header, rows[1]))
        #expect(row["protocol_id"] == "protocols/ruse-2015-03-10")
        #expect(row["text"] == "РДСП да подготви план, включително „оценка“ на потребностите; срок – юни")
        #expect(row["responsible_ids"] == "organizations/rdsp-ruse; people/ivan-petrov")
        #expect(row["responsible"] == "Регионална дирекция „Социално подпомагане“ – Русе; Иван Петров")
        #expect(row["status"] == "in-progress")
        #expect(row["due"] == "2015-06-30")
        #expect(row["url"]?.hasPrefix("https://okm.example.bg/protocols/2015/ruse-2015-03-10/#decision-") == true)
        // The anchor of the row is on the protocol's page.
        let anchor = try #require(row["url"]?.split(separator: "#").last)
        #expect(b.text("protocols/2015/ruse-2015-03-10/index.html").contains("id=\"\(anchor)\""))
    }

    /// Every field that occurs in a JSON file is documented on /data/, under that file.
    @Test func theDataPageDocumentsEveryFieldOfEveryFile() throws {
        for content in [Self.basic, Self.publishing, "content"] {
            let b = BuiltSite(content: content)
            defer { b.remove() }
            let page = b.text("data/index.html")
            #expect(!page.contains("datafield_"), "a field without a description")
            #expect(!page.contains("data_file_"), "a file without a description")
            let sections = page.components(separatedBy: "<section class=\"data-file\"").dropFirst()
            var documented: [String: Set<String>] = [:]
            for s in sections {
                guard let name = s.range(of: "href=\"/data/").map({ s[$0.upperBound...].prefix { $0 != "\"" } }) else { continue }
                documented[String(name)] = Set(InternalLinks.matches(of: "<code>([a-z_]+)</code>", in: s))
            }
            let files = b.files.filter { $0.hasPrefix("data/") && !$0.hasSuffix(".html") }.map { String($0.dropFirst(5)) }
            #expect(Set(files) == Set(documented.keys), "\(content): files and their documentation")
            for file in files where file.hasSuffix(".json") {
                let keys = Set(try Self.items(b, file).flatMap(\.keys))
                #expect(keys.subtracting(documented[file] ?? []).isEmpty, "\(content) \(file): \(keys.subtracting(documented[file] ?? []).sorted())")
            }
        }
    }

    @Test func accessibilityStatementFollowsTheModelAndIsLinkedFromEveryPage() throws {
        let b = BuiltSite(content: Self.publishing)
        defer { b.remove() }
        let page = b.text("accessibility/index.html")
        #expect(page.contains("<h1>Декларация за достъпност</h1>"))
        #expect(page.contains("Уебсайтът е в частично съответствие с EN 301 549 V3.2.1 (WCAG 2.1, ниво AA)"))
        #expect(page.contains("Сканираните протоколи в PDF нямат текстов слой."))
        #expect(page.contains("<time datetime=\"2026-11-23\">23\u{00A0}ноември 2026\u{00A0}г.</time>"))
        #expect(page.contains("<time datetime=\"2026-01-15\">15\u{00A0}януари 2026\u{00A0}г.</time>"))
        #expect(page.contains("Оценката на съответствието е извършена от трета страна."))
        #expect(page.contains("<a href=\"mailto:dostapnost@okm.example.bg\">dostapnost@okm.example.bg</a>"))
        #expect(page.contains("<a href=\"https://example.bg/dostapnost\">Органът по контрола на достъпността</a>"))
        for html in ["index.html", "news/2015/novina/index.html", "data/index.html"] {
            #expect(b.text(html).contains("<a href=\"/accessibility/\">Декларация за достъпност</a>"), "\(html)")
        }
        // Without the section in site.yml there is no statement and no link to one.
        let plain = BuiltSite(content: Self.basic)
        defer { plain.remove() }
        #expect(!plain.exists("accessibility/index.html"))
        #expect(!plain.text("index.html").contains("/accessibility/"))
    }
}
