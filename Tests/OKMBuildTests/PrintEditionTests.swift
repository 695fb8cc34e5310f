import Foundation
import Testing
@testable import OKMBuild
import OKMModel

/// The print editions as PDFs, the internal edition, and the promise that no byte of a
/// confidential block reaches output/.
@Suite(.serialized) struct PrintEditionTests {
    static let repo = BuildTestSupport.repositoryRoot
    static let leakFixture = BuildTestSupport.fixturesDirectory + "/leak/content"

    /// What the leak fixture keeps inside `confidential` blocks: personal numbers (valid ЕГН
    /// and ЛНЧ, and one with a wrong check digit), villages, a case marker.
    static let secrets = [
        "6101047500", "8523150017", "0552311238", "7501010004", "5555555555", "1234567893", "6101047501",
        "Тръстеник", "Сливо поле", "приемно семейство в Бяла", "Пиргово", "Ценово", "Мартен", "Голямо Враново",
        "КАЗУС-ВЪТРЕШЕН",
    ]

    @Test(.enabled(if: PDFTools.shouldRun)) func theDemoProtocolAsPDFReadsLikeTheOriginal() throws {
        try PDFTools.require()
        let (out, report) = PDFTools.build(content: Self.repo + "/content", pdf: true)
        defer { try? FileManager.default.removeItem(atPath: out) }
        #expect(report.succeeded, "\(report.diagnostics.filter { $0.severity == .error })")
        #expect(report.notices.isEmpty)
        let pdf = out + "/protocols/2014/ruse-2014-11-25/ruse-2014-11-25.pdf"
        let text = try PDFTools.text(pdf)
        for words in ["ОДОБРЯВАМ:", "СИМЕОН ИВАНОВ", "Областен управител на Област Русе", "ПРОТОКОЛ", "№ 2/25.11.2014 г.",
                      "от заседание на Областен координационен механизъм по деинституционализация",
                      "Днес, 25.11.2014 г., от 10.00 ч. в Зала 1, Областна администрация – Русе",
                      "Заседанието бе водено от г-н Станимир Станчев – заместник областен управител на Област Русе",
                      "Участие взеха представители на шест от общините в Област Русе, Регионална дирекция „Социално подпомагане“, Регионална здравна инспекция, Регионален инспекторат по образованието – Русе",
                      "неправителствени организации, както и регионални координатори на проекти със социална насоченост.",
                      "дневен ред", "Докладва: г-жа Мариела Личева – директор на дирекция „Здравни и социални дейности“ на Община Русе",
                      "Докладват: г-жа Ивелина Димитрова и г-жа Павлета Стефанова – областни координатори по проекта",
                      "Докладват: членовете на Областен координационен механизъм по деинституционализация",
                      "По т. 1", "Председател:", "Изготвил:", "стр. 1 от 2", "стр. 2 от 2",
                      "ОКМ по деинституционализация – Област Русе", "Протокол № 2/25.11.2014 г."] {
            #expect(text.contains(words), "the PDF lacks '\(words)'")
        }
        #expect(!text.contains("За вътрешно ползване"))
        #expect(try PDFTools.pageCount(pdf) == 2)
        #expect(try String(contentsOfFile: pdf.replacingOccurrences(of: "ruse-2014-11-25.pdf", with: "index.html"), encoding: .utf8)
            .contains("href=\"/protocols/2014/ruse-2014-11-25/ruse-2014-11-25.pdf\""))
        // The year's volume: a title page with the contents, then the protocol.
        let volume = out + "/regions/ruse/protocols/2014/ruse-2014.pdf"
        #expect(try PDFTools.pageCount(volume) == 3)
        #expect(try PDFTools.text(volume, page: 1).contains("ПРОТОКОЛИ"))
        #expect(try PDFTools.text(volume, page: 2).contains("№ 2/25.11.2014"))
        // The running header top right: the volume's title on its cover, then the protocol on the page.
        #expect(try PDFTools.text(volume, page: 1).contains("Протоколи на ОКМ по деинституционализация – Област Русе, 2014 г."))
        #expect(try PDFTools.text(volume, page: 2).contains("Протокол № 2/25.11.2014 г."))
        #expect(InternalLinks.broken(in: out).isEmpty, "\(InternalLinks.broken(in: out).prefix(10))")
    }

    /// Every file of output/, whatever its type, read as bytes — and each PDF's text — holds
    /// none of the confidential text, with the PDFs made (wherever WeasyPrint is installed,
    /// and always in CI).
    @Test func noConfidentialByteReachesTheOutput() throws {
        if PDFTools.isCI { try PDFTools.require() }
        let withPDFs = PDFTools.available
        let (out, report) = PDFTools.build(content: Self.leakFixture, pdf: withPDFs)
        defer { try? FileManager.default.removeItem(atPath: out) }
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics)")
        try #require(report.succeeded)
        let files = BuildTestSupport.regularFilesRecursively(in: out)
        #expect(files.count == report.filesWritten)
        #expect(files.contains("protocols/2015/ruse-2015-05-20/print/index.html"))
        #expect(files.contains("regions/ruse/protocols/2015/print/index.html"))
        let pdfs = files.filter { $0.hasSuffix(".pdf") }
        if withPDFs {
            #expect(Set(pdfs) == ["protocols/2015/ruse-2015-02-17/ruse-2015-02-17.pdf",
                                  "protocols/2015/ruse-2015-05-20/ruse-2015-05-20.pdf", "regions/ruse/protocols/2015/ruse-2015.pdf"])
        }
        for file in files {
            let bytes = try #require(FileManager.default.contents(atPath: out + "/" + file))
            for secret in Self.secrets {
                #expect(bytes.range(of: Data(secret.utf8)) == nil, "output/\(file) contains '\(secret)'")
            }
            // Text files only: a PDF's cross-reference table is full of ten-digit numbers.
            if !file.hasSuffix(".pdf") {
                #expect(PersonalNumber.find(in: String(decoding: bytes, as: UTF8.self)).isEmpty, "output/\(file) holds a personal number")
            }
        }
        for pdf in pdfs {
            let text = try PDFTools.text(out + "/" + pdf)
            #expect(text.contains("ПРОТОКОЛ"), "\(pdf) has no text to check")
            for secret in Self.secrets { #expect(!text.contains(secret), "the text of \(pdf) contains '\(secret)'") }
            #expect(PersonalNumber.find(in: text).isEmpty, "the text of \(pdf) holds a personal number")
        }
    }

    @Test func theInternalEditionCarriesTheCaseDetailsAndItsMarker() throws {
        let dir = try BuildTestSupport.makeTemporaryDirectory(prefix: "okm-internal")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let report = Pipeline.printEdition(PrintRequest(protocolName: "ruse-2015-05-20", destination: dir + "/internal.html", isInternal: true),
                                           Self.options(output: dir + "/output"))
        #expect(report.succeeded, "\(report.diagnostics)")
        let html = try String(contentsOfFile: dir + "/internal.html", encoding: .utf8)
        for secret in ["8523150017", "0552311238", "5555555555", "1234567893", "7501010004", "Пиргово", "Ценово", "Мартен", "Сливо поле"] {
            #expect(html.contains(secret), "the internal edition lacks '\(secret)'")
        }
        #expect(html.contains("<p class=\"internal-marker\">За вътрешно ползване</p>"))
        #expect(html.contains("@top-center { content: \"За вътрешно ползване\"; }"))
        #expect(html.contains("@bottom-left { content: \"За вътрешно ползване\"; }"))
        #expect(html.contains("<style>") && !html.contains("href=\"/assets/print.css\""), "the file must carry its stylesheet")
        #expect(!html.contains("<nav class=\"print-toolbar\""))
        let attributes = try FileManager.default.attributesOfItem(atPath: dir + "/internal.html")
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        // The public edition of the same protocol, as a file, carries none of it.
        let publicReport = Pipeline.printEdition(PrintRequest(protocolName: "protocols/ruse-2015-05-20", destination: dir + "/public.html", isInternal: false),
                                                 Self.options(output: dir + "/output"))
        #expect(publicReport.succeeded)
        let publicHTML = try String(contentsOfFile: dir + "/public.html", encoding: .utf8)
        for secret in Self.secrets { #expect(!publicHTML.contains(secret)) }
        #expect(!publicHTML.contains("За вътрешно ползване"))
    }

    @Test(.enabled(if: PDFTools.shouldRun)) func theInternalPDFIsMarkedOnEveryPage() throws {
        try PDFTools.require()
        let dir = try BuildTestSupport.makeTemporaryDirectory(prefix: "okm-internal-pdf")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let pdf = dir + "/archive/internal.pdf"
        let file = Self.leakFixture + "/protocols/2015/ruse-2015-05-20.md"
        let report = Pipeline.printEdition(PrintRequest(protocolName: file, destination: pdf, isInternal: true), Self.options(output: dir + "/output"))
        #expect(report.succeeded, "\(report.diagnostics)")
        let pages = try #require(try PDFTools.pageCount(pdf))
        #expect(pages >= 2)
        for page in 1...pages {
            let text = try PDFTools.text(pdf, page: page)
            #expect(text.contains("За вътрешно ползване"), "page \(page) is not marked")
            #expect(text.contains("стр. \(page) от \(pages)"))
        }
        let all = try PDFTools.text(pdf)
        for secret in ["8523150017", "Пиргово", "Ценово", "Мартен", "Сливо поле", "ПОВЕРИТЕЛНО"] { #expect(all.contains(secret)) }
    }

    @Test(arguments: ["output/x.html", "output/protocols/2015/internal.pdf", "site/x.html", "content/x.html", "elsewhere/x.txt"])
    func theInternalEditionIsRefusedInsideThePublishedFolders(target: String) throws {
        let dir = try BuildTestSupport.makeTemporaryDirectory(prefix: "okm-refuse")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/output", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: dir + "/site", withDestinationPath: dir + "/output")
        var o = Self.options(output: dir + "/output")
        if target.hasPrefix("content/") { o.contentDirectory = dir + "/content" }
        let report = Pipeline.printEdition(PrintRequest(protocolName: "ruse-2015-05-20", destination: dir + "/" + target, isInternal: true), o)
        #expect(!report.succeeded)
        let expected = target.hasSuffix(".txt") ? "name the file to write with .html or .pdf at the end"
            : "the internal edition must not be written inside the \(target.hasPrefix("content/") ? "content" : "output") folder"
        #expect(report.diagnostics.count == 1 && report.diagnostics[0].message.hasPrefix(expected), "\(report.diagnostics)")
        #expect(BuildTestSupport.allEntriesRecursively(in: dir) == ["output", "site"])
    }

    @Test func anUnknownProtocolIsNamedWithTheClosestOne() throws {
        let dir = try BuildTestSupport.makeTemporaryDirectory(prefix: "okm-unknown")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let report = Pipeline.printEdition(PrintRequest(protocolName: "ruse-2015-05-21", destination: dir + "/x.html", isInternal: true),
                                           Self.options(output: dir + "/output"))
        #expect(report.diagnostics.map(\.message) == ["there is no protocol 'ruse-2015-05-21' (did you mean 'ruse-2015-05-20'?)"])
    }

    @Test func withoutWeasyPrintTheBuildSaysSoAndLinksNoPDF() throws {
        let (out, report) = PDFTools.build(content: BuildTestSupport.fixturesDirectory + "/sites/basic/content", pdf: true,
                                           weasyprint: "/nonexistent/weasyprint")
        defer { try? FileManager.default.removeItem(atPath: out) }
        #expect(report.succeeded)
        #expect(report.notices == [PDFStep.missingMessage])
        let files = BuildTestSupport.regularFilesRecursively(in: out)
        #expect(!files.contains { $0.hasSuffix(".pdf") && $0.hasPrefix("protocols/") || $0.hasPrefix("regions/") && $0.hasSuffix(".pdf") })
        let page = try String(contentsOfFile: out + "/protocols/2015/ruse-2015-03-10/index.html", encoding: .utf8)
        #expect(page.contains("href=\"/protocols/2015/ruse-2015-03-10/print/\""))
        #expect(!page.contains(".pdf\""))
        #expect(InternalLinks.broken(in: out).isEmpty)
    }

    /// `Body.confidential` is read in two places: the print view model, whose internal edition
    /// is the only output allowed to carry it, and the local editor's form, which lists a
    /// record's confidential blocks to its author as "never published" (issue 17 item 5).
    @Test func onlyThePrintViewModelReadsConfidentialBlocks() throws {
        let sources = Self.repo + "/Sources"
        let files = (FileManager.default.subpaths(atPath: sources) ?? []).filter { $0.hasSuffix(".swift") }.sorted()
        #expect(files.count > 40)
        let access = try NSRegularExpression(pattern: "(?<!words)\\.confidential\\b(?![ \\w-]*\\{)")  // not the editor's word or its CSS
        var readers: [String] = []
        for file in files {
            let text = try String(contentsOfFile: sources + "/" + file, encoding: .utf8)
            for line in text.split(separator: "\n") {
                // Code only: comments may name it.
                let s = line.components(separatedBy: "//")[0]
                // The model's own initializer stores it; that is a write, not a read.
                if s.trimmingCharacters(in: .whitespaces).hasPrefix("self.confidential = ") { continue }
                if access.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil { readers.append(file) }
            }
        }
        #expect(Set(readers) == ["OKMRender/PrintViews.swift", "OKMServe/Editor/RecordFormPage.swift"], "\(readers)")
    }

    static func options(output: String) -> BuildOptions {
        var o = BuildOptions()
        o.contentDirectory = leakFixture
        o.templatesDirectory = BuildTestSupport.templatesDirectory
        o.outputDirectory = output
        return o
    }
}
