import Foundation
import Testing
@testable import OKMBuild
import OKMModel

/// The demo protocol reads like seed 000 (issue 18, items 1 and 6): the attendance in the
/// original's order and words, free-text lines among the links, "Докладва:"/"Докладват:" by
/// count and for the group, posts as written, honorifics in the print edition, the lines in
/// open data.
@Suite struct DemoProtocolAsWrittenTests {
    static let repo = BuildTestSupport.repositoryRoot

    static func built() throws -> (out: String, page: String, print: String, data: [String: Any]) {
        let (out, report) = PDFTools.build(content: repo + "/content", pdf: false)
        #expect(report.succeeded, "\(report.diagnostics.filter { $0.severity == .error })")
        let dir = out + "/protocols/2014/ruse-2014-11-25"
        let page = try String(contentsOfFile: dir + "/index.html", encoding: .utf8)
        let print = try String(contentsOfFile: dir + "/print/index.html", encoding: .utf8)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/data/protocols.json")))
        let list = json as? [[String: Any]] ?? []
        let p = try #require(list.first { ($0["id"] as? String) == "protocols/ruse-2014-11-25" })
        return (out, page, print, p)
    }

    /// The text of HTML, tags dropped and spaces joined.
    static func text(_ html: String) -> String {
        html.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func thePageListsTheAttendanceInTheSeedsOrderAndWords() throws {
        let (out, page, _, _) = try Self.built()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let start = try #require(page.range(of: "<section aria-labelledby=\"attendees\">"))
        let section = String(page[start.lowerBound...]).components(separatedBy: "</section>")[0]
        let items = section.components(separatedBy: "</ul>")[0].components(separatedBy: "<li>").dropFirst()
            .map { Self.text($0) }
        #expect(items == [
            "представители на шест от общините в Област Русе",
            "Регионална дирекция „Социално подпомагане“", "Регионална здравна инспекция",
            "Регионален инспекторат по образованието – Русе", "МБАЛ Бяла", "МБАЛ Русе",
            "главна дирекция „Контрол по правата на детето“ Русе",
            "представители на дирекциите „Социално подпомагане“ в Бяла", "Две могили", "Русе",
            "доставчици на социални услуги", "неправителствени организации",
            "както и регионални координатори на проекти със социална насоченост",
        ])
        // A reference line links to its record under the original's words; a text line links nowhere.
        #expect(section.contains("<li><a href=\"/organizations/rio-ruse/\">Регионален инспекторат по образованието\u{A0}– Русе</a></li>"))   // typography's no-break space
        #expect(section.contains("<li>представители на шест от общините в Област Русе</li>"))
        #expect(!section.contains("Община Русе") && !section.contains("Надежда и домове"))

        let text = Self.text(page)
        #expect(text.contains("Докладва: Мариела Личева (директор на дирекция „Здравни и социални дейности“ на Община Русе)"))
        #expect(text.contains("Докладват: Ивелина Димитрова , Павлета Стефанова (областни координатори по проекта)"))
        #expect(text.contains("Докладват: членовете на Областен координационен механизъм по деинституционализация"))
        #expect(text.contains("Станимир Станчев (заместник областен управител на Област Русе)"))
    }

    @Test func thePrintEditionWritesTheAttendanceAndReportersAsTheSeed() throws {
        let (out, _, print, _) = try Self.built()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let text = Self.text(print)
        #expect(text.contains("Заседанието бе водено от г-н Станимир Станчев – заместник областен управител на Област Русе. Участие взеха"), "\(text)")
        // The attendance sentence is seed 000's own, its "и" kept (`joined: и`), modulo typography's
        // closing quote (” → “) and no-break spaces.
        let seed = try String(contentsOfFile: Self.repo + "/../shared/seeds/000_b0d1dcee25a5e6cc.txt", encoding: .utf8)
        let start = try #require(seed.range(of: "Участие взеха"))
        let sentence = String(seed[start.lowerBound...].prefix { $0 != "\n" })
        #expect(sentence.hasSuffix("както и регионални координатори на проекти със социална насоченост."))
        let written = sentence.replacingOccurrences(of: "”", with: "“")
        let printed = text.replacingOccurrences(of: "\u{A0}", with: " ")
        #expect(printed.contains(written), "the print edition's attendance differs from the seed's:\n\(written)\n\(printed)")
        #expect(text.contains("Докладва: г-жа Мариела Личева – директор на дирекция „Здравни и социални дейности“ на Община Русе"))
        #expect(text.contains("Докладва: г-жа Елена Петкова – проектен координатор към „Надежда и домове за децата“ България, клон Русе"))
        #expect(text.contains("Докладват: г-жа Ивелина Димитрова и г-жа Павлета Стефанова – областни координатори по проекта"))
        #expect(text.contains("Докладват: членовете на Областен координационен механизъм по деинституционализация"))
        // The approver: the seed gives no honorific ("СИМЕОН ИВАНОВ").
        #expect(text.contains("СИМЕОН ИВАНОВ") && !text.contains("Г-Н СИМЕОН"))
    }

    /// An attendance line that names its source (`source:`, issue 19 item 3) shows it beside the
    /// line on the page and carries it in open data; the demo's lines name none (seed 000 is
    /// their source), so a copy of the demo gets one.
    @Test func anAttendanceLineShowsItsSource() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("okm-line-source-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.copyItem(atPath: Self.repo + "/content", toPath: dir)
        let file = dir + "/protocols/2014/ruse-2014-11-25.md"
        let record = try String(contentsOfFile: file, encoding: .utf8)
        let line = "  - text: неправителствени организации\n"
        #expect(record.contains(line))
        try record.replacingOccurrences(of: line, with: "  - { text: неправителствени организации, source: { title: Списък на присъствалите, url: \"https://www.example.bg/spisak.pdf\" } }\n")
            .write(toFile: file, atomically: true, encoding: .utf8)
        let (out, report) = PDFTools.build(content: dir, pdf: false)
        defer { try? FileManager.default.removeItem(atPath: out) }
        #expect(report.succeeded, "\(report.diagnostics.filter { $0.severity == .error })")
        let page = try String(contentsOfFile: out + "/protocols/2014/ruse-2014-11-25/index.html", encoding: .utf8)
        #expect(page.contains("<li>неправителствени организации <span class=\"muted\">Източник:</span> <a href=\"https://www.example.bg/spisak.pdf\">Списък на присъствалите</a></li>"), "\(page)")
        #expect(!page.contains("<li>доставчици на социални услуги <span"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/data/protocols.json"))) as? [[String: Any]] ?? []
        let p = try #require(json.first { ($0["id"] as? String) == "protocols/ruse-2014-11-25" })
        let lines = try #require(p["attendance"] as? [[String: Any]])
        let source = try #require(lines[11]["source"] as? [String: Any])
        #expect(source["title"] as? String == "Списък на присъствалите" && source["url"] as? String == "https://www.example.bg/spisak.pdf")
        #expect(lines[10]["source"] == nil)
    }

    @Test func openDataCarriesTheLines() throws {
        let (out, _, _, p) = try Self.built()
        defer { try? FileManager.default.removeItem(atPath: out) }
        #expect(p["chair_post"] as? String == "заместник областен управител на Област Русе")
        let lines = try #require(p["attendance"] as? [[String: Any]])
        #expect(lines.count == 13)
        #expect(lines[0]["text"] as? String == "представители на шест от общините в Област Русе" && lines[0]["id"] == nil)
        #expect(lines[3]["id"] as? String == "organizations/rio-ruse")
        #expect(lines[3]["as"] as? String == "Регионален инспекторат по образованието – Русе")
        #expect((p["attendees"] as? [String])?.first == "organizations/rdsp-ruse")
        // The joining word as written: "МБАЛ Бяла и МБАЛ Русе", "… в Бяла, Две могили и Русе".
        #expect(lines.map { $0["joined"] as? String } == [nil, nil, nil, nil, nil, "и", nil, nil, nil, "и", nil, nil, nil])
        let agenda = try #require(p["agenda"] as? [[String: Any]])
        let group = try #require(agenda[3]["reporter_lines"] as? [[String: Any]])
        #expect(group.first?["text"] as? String == "членовете на Областен координационен механизъм по деинституционализация")
        let first = try #require(agenda[0]["reporter_lines"] as? [[String: Any]])
        #expect(first.first?["id"] as? String == "people/mariela-licheva")
        #expect(first.first?["post"] as? String == "директор на дирекция „Здравни и социални дейности” на Община Русе")   // as written
    }
}
