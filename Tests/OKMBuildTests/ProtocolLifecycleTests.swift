import Foundation
import Testing
@testable import OKMBuild
import OKMModel

/// The life of a protocol (issue 18, item 2): a draft's print edition says "ПРОЕКТ" on every
/// page, the published one does not; the approval's date and the signed original are shown,
/// the original copied beside the page and listed in the year's volume and the open data.
@Suite(.serialized) struct ProtocolLifecycleTests {
    static let protocolFile = "protocols/2015/ruse-2015-05-20.md"

    /// A copy of the leak fixture (its protocol of 20 May 2015 prints on several pages) with
    /// `lines` added to that protocol's front matter.
    static func site(adding lines: String) throws -> String {
        let dir = try BuildTestSupport.makeTemporaryDirectory(prefix: "okm-lifecycle")
        try FileManager.default.copyItem(atPath: PrintEditionTests.leakFixture, toPath: dir + "/content")
        let path = dir + "/content/" + protocolFile
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try ("---\n" + lines + text.dropFirst(4)).write(toFile: path, atomically: true, encoding: .utf8)
        return dir
    }

    static func options(_ dir: String) -> BuildOptions {
        var o = BuildOptions()
        o.contentDirectory = dir + "/content"
        o.templatesDirectory = BuildTestSupport.templatesDirectory
        o.outputDirectory = dir + "/output"
        return o
    }

    @Test(.enabled(if: PDFTools.shouldRun)) func aDraftPrintsWithПРОЕКТOnEveryPageAndThePublishedOneWithout() throws {
        try PDFTools.require()
        for draft in [true, false] {
            let dir = try Self.site(adding: draft ? "draft: true\n" : "")
            defer { try? FileManager.default.removeItem(atPath: dir) }
            let pdf = dir + "/print/protocol.pdf"
            // okm print takes a draft as it is: the copy circulated for comments.
            let report = Pipeline.printEdition(PrintRequest(protocolName: "ruse-2015-05-20", destination: pdf, isInternal: false), Self.options(dir))
            #expect(report.succeeded, "\(report.diagnostics)")
            let pages = try #require(try PDFTools.pageCount(pdf))
            #expect(pages >= 2)
            for page in 1...pages {
                let text = try PDFTools.text(pdf, page: page)
                #expect(text.contains("ПРОЕКТ") == draft, "page \(page) of the \(draft ? "draft" : "published protocol")")
                #expect(text.contains("стр. \(page) от \(pages)"))
            }
        }
    }

    @Test func aDraftsPrintPageIsMarkedInItsLanguage() throws {
        let dir = try Self.site(adding: "draft: true\n")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var o = Self.options(dir)
        o.includeDrafts = true
        let report = Pipeline.build(o)
        #expect(report.succeeded, "\(report.diagnostics)")
        let html = try String(contentsOfFile: dir + "/output/protocols/2015/ruse-2015-05-20/print/index.html", encoding: .utf8)
        #expect(html.contains("@top-center { content: \"ПРОЕКТ\"; }"))
        #expect(html.contains("@bottom-left { content: \"ПРОЕКТ\"; }"))
        #expect(html.contains("<p class=\"draft-marker\">ПРОЕКТ</p>"))
        let published = try String(contentsOfFile: dir + "/output/protocols/2015/ruse-2015-02-17/print/index.html", encoding: .utf8)
        #expect(!published.contains("ПРОЕКТ"))
    }

    @Test func theSignedOriginalIsLinkedWithItsTypeAndSizeCopiedAndListed() throws {
        let dir = try Self.site(adding: "approved_on: 2015-05-25\noriginal: ruse-2015-05-20-podpisan.pdf\n")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let scan = Data(repeating: 0x25, count: 1_200_000)  // 1,2 MB
        try scan.write(to: URL(fileURLWithPath: dir + "/content/protocols/2015/ruse-2015-05-20-podpisan.pdf"))
        let report = Pipeline.build(Self.options(dir))
        #expect(report.succeeded, "\(report.diagnostics)")
        let out = dir + "/output"
        // The pages keep words together with no-break spaces (Bulgarian typography): read them as spaces.
        let page = try String(contentsOfFile: out + "/protocols/2015/ruse-2015-05-20/index.html", encoding: .utf8).replacingOccurrences(of: "\u{A0}", with: " ")
        #expect(page.contains("<a href=\"/protocols/2015/ruse-2015-05-20-podpisan.pdf\">Подписан оригинал (PDF, 1,2 MB)</a>"), "\(page)")
        #expect(page.contains("на 25 май 2015"))
        #expect(FileManager.default.contents(atPath: out + "/protocols/2015/ruse-2015-05-20-podpisan.pdf") == scan)
        let print = try String(contentsOfFile: out + "/protocols/2015/ruse-2015-05-20/print/index.html", encoding: .utf8).replacingOccurrences(of: "\u{A0}", with: " ")
        #expect(print.contains("<p class=\"approval-date\">Дата: 25.05.2015 г.</p>"))
        let volume = try String(contentsOfFile: out + "/regions/ruse/protocols/2015/print/index.html", encoding: .utf8).replacingOccurrences(of: "\u{A0}", with: " ")
        #expect(volume.contains("Подписан оригинал (PDF, 1,2 MB)"))
        #expect(volume.contains("/protocols/2015/ruse-2015-05-20-podpisan.pdf"))
        let data = try String(contentsOfFile: out + "/data/protocols.json", encoding: .utf8)
        #expect(data.contains("ruse-2015-05-20-podpisan.pdf"))
        #expect(data.contains("\"approved_on\""))
    }

    @Test func aMissingSignedOriginalIsAnErrorAtItsLine() throws {
        let dir = try Self.site(adding: "original: podpisan.pdf\n")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let report = Pipeline.build(Self.options(dir))
        #expect(!report.succeeded)
        let errors = report.diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(errors.contains { $0.contains("ruse-2015-05-20.md:2:") && $0.contains("signed original 'podpisan.pdf' is not in content/") }, "\(errors)")
    }

    @Test func sizesReadInThePagesLanguage() throws {
        // Through the built page, as attachments give sizes (units of 1000, FileViews.swift):
        // kilobytes whole from 10 kB, one decimal below 10, a decimal comma in Bulgarian.
        for (bytes, expected) in [(340_000, "(PDF, 340 kB)"), (2_000_000, "(PDF, 2,0 MB)")] {
            let dir = try Self.site(adding: "original: scan.pdf\n")
            defer { try? FileManager.default.removeItem(atPath: dir) }
            try Data(count: bytes).write(to: URL(fileURLWithPath: dir + "/content/protocols/2015/scan.pdf"))
            #expect(Pipeline.build(Self.options(dir)).succeeded)
            let page = try String(contentsOfFile: dir + "/output/protocols/2015/ruse-2015-05-20/index.html", encoding: .utf8).replacingOccurrences(of: "\u{A0}", with: " ")
            #expect(page.contains(expected), "\(bytes) bytes")
        }
    }
}
