import Testing
@testable import OKMLoad
@testable import OKMModel

/// `SourceText`: UTF-8, BOM, newlines, and the front matter split with its line offsets.
@Suite struct SourceTextTests {
    func text(_ s: String, path: String = "content/news/x.md") throws -> SourceText {
        try SourceText(path: path, bytes: Array(s.utf8))
    }

    func error(_ bytes: [UInt8], path: String = "content/news/x.md") -> Diagnostic? {
        do {
            _ = try SourceText(path: path, bytes: bytes)
            return nil
        } catch {
            return error
        }
    }

    // MARK: split

    @Test func frontMatterAndBody() throws {
        let t = try text("---\ntitle: Среща\ndate: 2015-03-10\n---\n## По т. 1\n\nТекст.\n")
        #expect(t.frontMatter == "title: Среща\ndate: 2015-03-10\n")
        #expect(t.frontMatterLineOffset == 1)
        #expect(t.body == "## По т. 1\n\nТекст.\n")
        #expect(t.bodyLineOffset == 4)
        #expect(!t.frontMatterUnclosed)
        #expect(t.path == "content/news/x.md")
    }

    @Test func bodyLineOffsetGivesTrueFileLines() throws {
        let file = "---\na: 1\nb: 2\nc: 3\n---\nпърви ред на тялото\nвтори\n"
        let t = try text(file)
        #expect(t.bodyLineOffset == 5)
        let fileLines = file.split(separator: "\n", omittingEmptySubsequences: false)
        // Body line 1 is file line bodyLineOffset + 1.
        #expect(fileLines[t.bodyLineOffset + 1 - 1] == "първи ред на тялото")
    }

    @Test func noFrontMatter() throws {
        let t = try text("# Само тяло\n\nтекст\n")
        #expect(t.frontMatter == nil)
        #expect(t.frontMatterLineOffset == 0)
        #expect(t.body == "# Само тяло\n\nтекст\n")
        #expect(t.bodyLineOffset == 0)
        #expect(!t.frontMatterUnclosed)
    }

    @Test func thematicBreakLaterInTheFileIsNotFrontMatter() throws {
        let t = try text("текст\n---\nоще\n---\n")
        #expect(t.frontMatter == nil)
        #expect(t.bodyLineOffset == 0)
    }

    @Test func unclosedFrontMatter() throws {
        let t = try text("---\ntitle: Среща\n\nтекст\n")
        #expect(t.frontMatterUnclosed)
        #expect(t.frontMatter == nil)
    }

    @Test func loneOpeningFenceIsUnclosed() throws {
        #expect(try text("---").frontMatterUnclosed)
        #expect(try text("---\n").frontMatterUnclosed)
    }

    @Test func fencesWithTrailingSpacesAndTabs() throws {
        let t = try text("---   \ntitle: x\n---\t \nтяло\n")
        #expect(t.frontMatter == "title: x\n")
        #expect(t.body == "тяло\n")
        #expect(t.bodyLineOffset == 3)
    }

    @Test func fenceWithTextAfterIsNotAFence() throws {
        let t = try text("--- x\ntitle: x\n---\n")
        #expect(t.frontMatter == nil)
        #expect(t.bodyLineOffset == 0)
    }

    @Test func emptyFrontMatter() throws {
        let t = try text("---\n---\nтяло\n")
        #expect(t.frontMatter == "")
        #expect(t.body == "тяло\n")
        #expect(t.bodyLineOffset == 2)
    }

    @Test func frontMatterClosedAtTheEndOfTheFile() throws {
        let t = try text("---\na: 1\n---")
        #expect(t.frontMatter == "a: 1\n")
        #expect(t.body == "")
        #expect(t.bodyLineOffset == 3)
    }

    // MARK: BOM and newlines

    @Test func byteOrderMarkIsDropped() throws {
        let t = try SourceText(path: "p.md", bytes: [0xEF, 0xBB, 0xBF] + Array("---\na: 1\n---\nтяло\n".utf8))
        #expect(t.frontMatter == "a: 1\n")
        #expect(t.body == "тяло\n")
        #expect(t.bodyLineOffset == 3)
        #expect(!t.body.unicodeScalars.contains("\u{FEFF}"))
    }

    @Test func crlfBecomesLF() throws {
        let t = try text("---\r\ntitle: Среща\r\ndate: 2015-03-10\r\n---\r\nред 1\r\nред 2\r\n")
        #expect(t.frontMatter == "title: Среща\ndate: 2015-03-10\n")
        #expect(t.body == "ред 1\nред 2\n")
        #expect(t.bodyLineOffset == 4)
        #expect(!t.body.utf8.contains(13))
    }

    @Test func bomAndCRLFTogether() throws {
        let t = try SourceText(path: "p.md", bytes: [0xEF, 0xBB, 0xBF] + Array("---\r\na: 1\r\nb: 2\r\n---\r\nтяло\r\n".utf8))
        #expect(t.frontMatter == "a: 1\nb: 2\n")
        #expect(t.body == "тяло\n")
        #expect(t.bodyLineOffset == 4)
    }

    @Test func loneCRBecomesLF() throws {
        let t = try text("---\ra: 1\r---\rред 1\rред 2\r")
        #expect(t.frontMatter == "a: 1\n")
        #expect(t.body == "ред 1\nред 2\n")
        #expect(t.bodyLineOffset == 3)
    }

    @Test func mixedNewlines() throws {
        let t = try text("---\r\na: 1\rb: 2\n---\r\n\r\rтяло")
        #expect(t.frontMatter == "a: 1\nb: 2\n")
        #expect(t.body == "\n\nтяло")
        #expect(t.bodyLineOffset == 4)
    }

    @Test func normalizingNewlines() {
        #expect(SourceText.normalizingNewlines("a\r\nb\rc\nd\r\r\n") == "a\nb\nc\nd\n\n")
        #expect(SourceText.normalizingNewlines("без") == "без")
    }

    // MARK: bad bytes

    @Test func invalidUTF8IsReportedAtItsLineAndColumn() {
        // Line 3, after "абв" (3 characters): column 4.
        let bytes = Array("---\ntitle: x\nабв".utf8) + [0xFF] + Array("\n---\n".utf8)
        let d = error(bytes)
        #expect(d?.severity == .error)
        #expect(d?.location == OKMModel.SourceLocation(path: "content/news/x.md", line: 3, column: 4))
        #expect(d?.message.hasPrefix("the file is not UTF-8 text (byte 0xFF at byte 20)") == true)
    }

    @Test func windows1251TextIsReportedAtTheFirstLine() {
        // "Среща" in Windows-1251.
        let d = error([0xD1, 0xF0, 0xE5, 0xF9, 0xE0, 0x0A])
        #expect(d?.location.line == 1)
        #expect(d?.location.column == 1)
        #expect(d?.message.contains("0xD1") == true)
    }

    @Test func invalidUTF8InACRLFFileIsAtTheRightLine() {
        let bytes = Array("---\r\ntitle: x\r\n---\r\nтяло\r\nред ".utf8) + [0xC0, 0x80]
        let d = error(bytes)
        #expect(d?.location.line == 5)
        #expect(d?.location.column == 5)
        #expect(d?.message.contains("0xC0") == true)
    }

    @Test func invalidUTF8InALoneCRFileIsAtTheRightLine() {
        // Lone CR is a line break for SourceText, so the bad byte is on line 4.
        let bytes = Array("---\rtitle: x\r---\rред ".utf8) + [0xFF]
        let d = error(bytes)
        #expect(d?.location.line == 4)
        #expect(d?.location.column == 5)
    }

    @Test func invalidUTF8AfterABOMCountsTheBOMBytes() {
        // The file is EF BB BF 'a' FF: the bad byte is the 5th byte of the file.
        let d = error([0xEF, 0xBB, 0xBF, 0x61, 0xFF])
        #expect(d?.location.line == 1)
        #expect(d?.location.column == 2)
        #expect(d?.message.contains("byte 0xFF at byte 5") == true)
    }

    @Test(arguments: [
        [UInt8]([0xC3]),                   // truncated 2-byte sequence
        [0xE2, 0x82],                      // truncated 3-byte sequence
        [0xED, 0xA0, 0x80],                // surrogate
        [0xE0, 0x80, 0x80],                // overlong
        [0xF4, 0x90, 0x80, 0x80],          // above U+10FFFF
        [0x80],                            // stray continuation
    ]) func malformedSequencesAreRejected(bytes: [UInt8]) {
        let d = error(Array("ok\n".utf8) + bytes)
        #expect(d?.location.line == 2)
        #expect(d?.location.column == 1)
    }

    @Test func validMultibyteTextIsAccepted() throws {
        let t = try text("---\nname: Ж 😀 й\n---\n")
        #expect(t.frontMatter == "name: Ж 😀 й\n")
    }

    @Test func nulByteIsReportedAtItsLine() {
        let d = error(Array("---\na: 1\nb".utf8) + [0] + Array("\n---\n".utf8))
        #expect(d?.location.line == 3)
        #expect(d?.message.contains("NUL") == true)
    }
}
