import Foundation
import Testing
import OKMLoad
import OKMModel
@testable import OKMImport

/// `okm import` on a copy of the demo site: seed 000 made into Word and OpenDocument files by
/// pandoc when the test runs (no binary is committed), the variants of Tests/Fixtures/import,
/// and documents in which nothing is recognisable.
@Suite(.serialized) struct ImporterTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let fixtures = repo + "/Tests/Fixtures/import"
    static let seed000 = repo + "/../shared/seeds/000_b0d1dcee25a5e6cc.txt"

    /// A copy of the demo's content without the protocol the seed is.
    static func site() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("okm-import-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: repo + "/content", toPath: dir + "/content")
        try FileManager.default.removeItem(atPath: dir + "/content/protocols/2014/ruse-2014-11-25.md")
        return dir
    }

    static func pandoc(_ input: String, to output: String) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["pandoc", "--from", "markdown", input, "-o", output]
        try p.run()
        p.waitUntilExit()
        try #require(p.terminationStatus == 0, "pandoc could not write \(output)")
    }

    static func importer(_ dir: String, dryRun: Bool = false, createMissing: Bool = false) -> Importer {
        var o = Importer.Options()
        o.contentDirectory = dir + "/content"
        o.dryRun = dryRun
        o.createMissing = createMissing
        return Importer(options: o)
    }

    @Test(arguments: ["docx", "odt"]) func seed000BecomesTheExpectedDraft(format: String) throws {
        let dir = try Self.site()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let document = dir + "/protokol-2-2014.\(format)"
        try Self.pandoc(Self.seed000, to: document)
        var importer = Self.importer(dir)
        let reports = importer.run(document)
        let report = try #require(reports.first)
        #expect(report.problems.isEmpty, "\(report.problems)")
        let written = try #require(report.written)
        #expect(written == dir + "/content/protocols/2014/ruse-2014-11-25.md")
        let draft = try String(contentsOfFile: written, encoding: .utf8)
        let expected = try String(contentsOfFile: Self.fixtures + "/seed-000.expected.md", encoding: .utf8)
        #expect(draft == expected)
        // The report says where each field came from, and what it could not fill.
        let fields = Dictionary(report.filled.map { ($0.field, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(fields["number"]?.quote == "№ 2/25.11.2014 г.")
        #expect(fields["date"]?.quote.hasPrefix("Днес, 25.11.2014 г., от 10.00 ч.") == true)
        #expect(fields["approved_by"]?.quote == "СИМЕОН ИВАНОВ / Областен управител на Област Русе")
        #expect(fields[.phrase("import.field.reporters", ["n": "4"])]?.value == "{ text: членовете на Областен координационен механизъм по деинституционализация }")
        #expect(fields["attendees"]?.quote.contains("Участие взеха представители на шест от общините") == true)
        #expect(report.text.contains("line \(fields["number"]!.line): № 2/25.11.2014 г."))
        // The draft is a record okm reads: no error of its own (it is left out of the site as a draft).
        let loaded = Loader.load(contentDirectory: dir + "/content")
        #expect(loaded.diagnostics.filter { $0.severity == .error && $0.location.path == written }.isEmpty,
                "\(loaded.diagnostics.filter { $0.location.path == written })")
        #expect(loaded.content.protocols.first { $0.header.path == written }?.header.draft == true)
    }

    /// A .doc (Word 97–2003) goes through AbiWord to .docx, then pandoc: seed 000 made into a
    /// .doc at test time (pandoc writes RTF, `abiword --to=doc` the .doc; no binary is committed)
    /// imports to the same draft as the .docx. RTF keeps the agenda's numbers as text.
    @Test func seed000AsADocBecomesTheExpectedDraft() throws {
        let dir = try Self.site()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let rtf = dir + "/protokol-2-2014.rtf", doc = dir + "/protokol-2-2014.doc"
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["pandoc", "--from", "markdown", "--standalone", Self.seed000, "-o", rtf]
        try p.run(); p.waitUntilExit()
        try #require(p.terminationStatus == 0)
        let a = Process()
        a.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        a.arguments = ["abiword", "--to=doc", "-o", doc, rtf]
        a.standardError = FileHandle.nullDevice
        try a.run(); a.waitUntilExit()
        try #require(a.terminationStatus == 0 && FileManager.default.fileExists(atPath: doc), "abiword could not write \(doc) (scripts/install-deps installs it)")
        try FileManager.default.removeItem(atPath: rtf)
        // AbiWord's "doc" export is RTF under a .doc name (it writes no Word 97 binary), and no
        // tool here writes one: this checks okm's route for a .doc (AbiWord → .docx → pandoc),
        // not AbiWord's reading of the binary format.
        var importer = Self.importer(dir)
        let report = try #require(importer.run(doc).first)
        #expect(report.problems.isEmpty, "\(report.problems)")
        let written = try #require(report.written)
        #expect(written == dir + "/content/protocols/2014/ruse-2014-11-25.md")
        let draft = try String(contentsOfFile: written, encoding: .utf8)
        #expect(draft == (try String(contentsOfFile: Self.fixtures + "/seed-000.expected.md", encoding: .utf8)))
    }

    @Test func aProtocolWithReshiNumberedPointsAndNoApprovalBlock() throws {
        let dir = try Self.site()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var importer = Self.importer(dir)
        let report = try #require(importer.run(Self.fixtures + "/reshi.txt").first)
        let draft = try String(contentsOfFile: try #require(report.written), encoding: .utf8)
        #expect(report.written == dir + "/content/protocols/2016/kardzhali-2016-03-12.md")
        for line in ["number: \"5\"", "date: 2016-03-12", "time: \"14:00\"", "region: kardzhali",
                     "place: Заседателната зала на Областна администрация – Кърджали",
                     "  - title: Отчет за дейността през 2015 г", "  - title: Разни",
                     "  - text: Приема отчета за дейността през 2015 г.", "    agenda_item: 1"] {
            #expect(draft.contains(line + "\n"), "missing \(line) in\n\(draft)")
        }
        #expect(!draft.contains("approved_by"), "no ОДОБРЯВАМ block, no approver")
        #expect(draft.contains("## По т. 1\n\nПо т. 1 Секретарят представи отчета за дейността."))
        // Names the site does not know are listed, not made up.
        #expect(Set(report.unknown.map(\.name)) == ["Петър Колев", "Мария Георгиева"])
        #expect(!draft.contains("reporters:") && !draft.contains("prepared_by"))
    }

    /// Small variants, each imported as written and compared whole with its expected draft:
    /// "Докладват:" with two people (one post for both) and "1." numbering under ОДОБРЯВАМ;
    /// "т. 1" numbering; "25.09.2015г." without a space; no ОДОБРЯВАМ, attendance as lines
    /// ("МБАЛ Бяла и МБАЛ Русе" → two lines, the rest as text) and a group reporter.
    @Test(arguments: [
        ("dokladvat-two", "protocols/2015/ruse-2015-02-17.md"), ("numbering-t", "protocols/2015/ruse-2015-05-20.md"),
        ("date-no-space", "protocols/2015/ruse-2015-09-25.md"), ("no-approval", "protocols/2015/ruse-2015-12-10.md"),
        ("signatures", "protocols/2016/ruse-2016-02-10.md"), ("approval-date-line", "protocols/2015/ruse-2015-06-15.md"),
    ]) func aVariantBecomesItsExpectedDraft(name: String, path: String) throws {
        let dir = try Self.site()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var importer = Self.importer(dir)
        let report = try #require(importer.run(Self.fixtures + "/\(name).txt").first)
        #expect(report.problems.isEmpty && report.unknown.isEmpty, "\(report.problems) \(report.unknown)")
        #expect(report.written == dir + "/content/" + path)
        let draft = try String(contentsOfFile: try #require(report.written), encoding: .utf8)
        #expect(draft == (try String(contentsOfFile: Self.fixtures + "/\(name).expected.md", encoding: .utf8)))
        let loaded = Loader.load(contentDirectory: dir + "/content")
        #expect(loaded.diagnostics.filter { $0.severity == .error && $0.location.path == report.written }.isEmpty)
    }

    /// The signature lines: "Председател:" (its name on the line after) fills the chair when the
    /// body names none, "Изготвил:" prepared_by, the ОДОБРЯВАМ block's "Дата: …" or date line
    /// approved_on, each with its source line in the report; a "Председател:" line never
    /// overrides the chair the body names ("водено от").
    @Test func theSignatureLinesAreReadWithTheirSourceLines() throws {
        let dir = try Self.site()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var importer = Self.importer(dir)
        let report = try #require(importer.run(Self.fixtures + "/signatures.txt").first)
        let fields = Dictionary(report.filled.map { ($0.field, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(fields["approved_on"]?.value == "2016-02-18" && fields["approved_on"]?.quote == "Дата: 18.02.2016 г." && fields["approved_on"]?.line == 7)
        #expect(fields["chair"]?.value == "stanimir-stanchev" && fields["chair"]?.quote == "Председател: Станимир Станчев" && fields["chair"]?.line == 25)
        #expect(fields["prepared_by"]?.value == "ivelina-dimitrova" && fields["prepared_by"]?.line == 27)
        #expect(report.text.contains("line 7: Дата: 18.02.2016 г."), "\(report.text)")

        var again = Self.importer(dir)
        let kept = try #require(again.run(Self.fixtures + "/approval-date-line.txt").first)
        let chair = try #require(kept.filled.first { $0.field == "chair" })
        #expect(chair.value.worded(.en).hasPrefix("stanimir-stanchev") && chair.quote.hasPrefix("Заседанието бе водено от"))
        #expect(kept.filled.first { $0.field == "approved_on" }?.quote == "22.06.2015 г.")
    }

    /// "г-жа Мариела Личева": the honorific is reported, and the person's file is left as it is.
    @Test func anHonorificIsReportedNeverWrittenIntoThePerson() throws {
        let dir = try Self.site()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let person = dir + "/content/people/mariela-licheva.md"
        let without = try String(contentsOfFile: person, encoding: .utf8).replacingOccurrences(of: "honorific: г-жа\n", with: "")
        try without.write(toFile: person, atomically: true, encoding: .utf8)
        var importer = Self.importer(dir)
        let report = try #require(importer.run(Self.fixtures + "/numbering-t.txt").first)
        #expect(report.notFilled.contains { $0.field.worded(.en) == "honorific of people/mariela-licheva" && $0.why.worded(.en).contains("'г-жа'") }, "\(report.notFilled)")
        #expect(try String(contentsOfFile: person, encoding: .utf8) == without)
    }

    @Test func createMissingWritesADraftPersonForEachUnknownName() throws {
        let dir = try Self.site()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var importer = Self.importer(dir, createMissing: true)
        let report = try #require(importer.run(Self.fixtures + "/reshi.txt").first)
        #expect(report.unknown.isEmpty)
        #expect(Set(report.createdFiles) == [dir + "/content/people/petar-kolev.md", dir + "/content/people/maria-georgieva.md"])
        let person = try String(contentsOfFile: dir + "/content/people/petar-kolev.md", encoding: .utf8)
        #expect(person == "---\ndraft: true\nname: Петър Колев\n---\n")
        let draft = try String(contentsOfFile: try #require(report.written), encoding: .utf8)
        #expect(draft.contains("    reporters:\n      - { person: petar-kolev, post: секретар на механизма }\n") && draft.contains("prepared_by: maria-georgieva\n"))
    }

    @Test func aTextThatIsNoProtocolBecomesANewsDraft() throws {
        let dir = try Self.site()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var importer = Self.importer(dir)
        let report = try #require(importer.run(Self.fixtures + "/news.txt").first)
        #expect(report.kind == .news)
        let draft = try String(contentsOfFile: try #require(report.written), encoding: .utf8)
        #expect(draft == "---\ndraft: true\ntitle: Кръгла маса за приемната грижа\ndate: 2015-09-10\n---\nВ Областна администрация се проведе кръгла маса за приемната грижа.\n")
        #expect(report.written == dir + "/content/news/2015/kragla-masa-za-priemnata-grizha.md")
    }

    @Test func nothingRecognisableStillGivesADraftAndAReport() throws {
        let dir = try Self.site()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var importer = Self.importer(dir)
        let report = try #require(importer.run(Self.fixtures + "/nothing.txt").first)
        #expect(report.kind == .news)
        #expect(report.notFilled.contains { $0.field == "date" })
        #expect(report.written != nil)
        // A folder: one report a document; a .doc without AbiWord is refused with what to do.
        try Data("x".utf8).write(to: URL(fileURLWithPath: dir + "/old.doc"))
        var again = Self.importer(dir, dryRun: true)
        again = Importer(options: { var o = again.options; o.abiword = dir + "/no-abiword"; return o }())
        let folder = again.run(dir)
        #expect(folder.map { ($0.source as NSString).lastPathComponent } == ["old.doc"])
        #expect(folder.first?.problems.first?.worded(.en).contains("apt-get install abiword") == true, "\(folder.first?.problems ?? [])")
        #expect(folder.first?.problems.first?.worded(.en).contains("save it as .docx") == true)
    }

    @Test func aDryRunWritesNothingAndNeverOverwrites() throws {
        let dir = try Self.site()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var dry = Self.importer(dir, dryRun: true)
        let report = try #require(dry.run(Self.fixtures + "/news.txt").first)
        #expect(report.written == nil && report.target != nil)
        #expect(!FileManager.default.fileExists(atPath: report.target!))
        var real = Self.importer(dir)
        _ = real.run(Self.fixtures + "/news.txt")
        var twice = Self.importer(dir)
        let second = try #require(twice.run(Self.fixtures + "/news.txt").first)
        #expect(second.problems.first?.worded(.en).contains("never overwrites") == true)
    }
}
