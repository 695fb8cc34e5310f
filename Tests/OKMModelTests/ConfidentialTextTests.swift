import Foundation
// This test opens the sealed text to check that the key gives back what was sealed.
@_spi(InternalEdition) import OKMModel
import Testing

/// Issue 16, item 6: confidential text is a type only the internal edition can open.
@Suite struct ConfidentialTextTests {
    static let secret = "Дете Б. П., ЕГН 6101047500,\nс. Тръстеник.\n\nМайка: В. П.\n"
    static let words = ["6101047500", "Тръстеник", "Дете", "Майка"]
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    func shows(_ text: String) -> [String] { Self.words.filter { text.contains($0) } }

    @Test func theSealHidesTheTextFromDescriptionDumpAndMirror() {
        let text = ConfidentialText(Self.secret)
        let block = ConfidentialBlock(text: Self.secret, line: 7)
        let body = Body(blocks: [.paragraph([.text("Публично.")], line: 1)], confidential: [block])
        #expect("\(text)" == "ConfidentialText(lines: 4)")
        for s in ["\(text)", "\(block)", "\(body)", String(describing: block), String(reflecting: block), String(reflecting: body),
                  String(describing: [block])] {
            #expect(shows(s).isEmpty, "\(s)")
            #expect(s.contains("ConfidentialText(lines: 4)"), "\(s)")
        }
        var dumped = ""
        dump(body, to: &dumped)
        #expect(shows(dumped).isEmpty, "\(dumped)")
        #expect(dumped.contains("Публично."))   // the dump itself works
        #expect(Mirror(reflecting: text).children.isEmpty)
        #expect(shows(Self.reflect(body)).isEmpty)
    }

    /// Every string a Mirror walk reaches, as the view-model walks of the tests do.
    static func reflect(_ value: Any) -> String {
        if let s = value as? String { return s + "\n" }
        return Mirror(reflecting: value).children.map { reflect($0.value) }.joined()
    }

    @Test func theKeyOpensWhatWasSealedAndTheSealStillComparesAndHashes() {
        let text = ConfidentialText(Self.secret)
        #expect(text.open(InternalEditionKey()) == Self.secret)
        #expect(text == ConfidentialText(Self.secret))
        #expect(text != ConfidentialText("друго"))
        #expect(Set([text, ConfidentialText(Self.secret)]).count == 1)
        #expect(ConfidentialText("").lineCount == 0)
        #expect(ConfidentialText("а").lineCount == 1)
        #expect(ConfidentialText("а\nб\n").lineCount == 2)
    }

    /// The key is made only behind `@_spi(InternalEdition) import OKMModel`; these are the
    /// files of okm allowed that import, each with a comment above it saying why.
    @Test func onlyTheInternalEditionAndTheEditorImportTheKey() throws {
        let sources = Self.repo + "/Sources"
        let files = (FileManager.default.subpaths(atPath: sources) ?? []).filter { $0.hasSuffix(".swift") }.sorted()
        #expect(files.count > 40)
        var importers: [String] = []
        for file in files {
            let lines = try String(contentsOfFile: sources + "/" + file, encoding: .utf8).components(separatedBy: "\n")
            for (n, line) in lines.enumerated() where line.contains("@_spi(InternalEdition) import") && !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                importers.append(file)
                #expect(n > 0 && lines[n - 1].trimmingCharacters(in: .whitespaces).hasPrefix("//"), "\(file): say why above the import")
            }
            // The SPI is declared in one file; no other file declares or imports any other.
            let code = lines.filter { $0.contains("@_spi(") && !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
            #expect(code.allSatisfy { $0.contains("@_spi(InternalEdition) import OKMModel") } || file == "OKMModel/ConfidentialText.swift", "\(file)")
        }
        #expect(importers.sorted() == ["OKMRender/PrintViews.swift", "OKMServe/Editor/RecordFormPage.swift"], "\(importers)")
    }
}
