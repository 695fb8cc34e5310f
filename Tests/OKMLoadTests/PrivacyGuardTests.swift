import Foundation
import Testing
@testable import OKMLoad
@testable import OKMModel

/// The personal-number guard on whole files: ЕГН and ЛНЧ, in front matter (comments,
/// lists, groups) and body, each at its true line and column; numbers whose check digit
/// is wrong pass; inside `confidential` blocks (any fence, any letter case) they are allowed.
@Suite struct PrivacyGuardTests {
    static func message(_ kind: String) -> String {
        "a personal number (\(kind)) must not be published: remove it, or move the case details into a ```confidential block"
    }

    @Test func lnchInAFrontMatterCommentStopsTheFile() {
        let c = TempContent(["news/a.md": "---\ntitle: Т\n# ЛНЧ на майката: 5555555555\ndate: 2015-01-01\n---\nТекст.\n"])
        #expect(c.diagnostics(c.load(), for: "news/a.md") == ["3:19: \(Self.message("ЛНЧ"))"])
    }

    @Test func egnInAFlowGroupOfTheFrontMatter() {
        let c = TempContent([
            "news/a.md": "---\ntitle: Т\ndate: 2015-01-01\nimages: [{ src: a.jpg, alt: \"Дете, ЕГН 6101047500\" }]\n---\n",
            "news/a.jpg": "",
        ])
        #expect(c.diagnostics(c.load(), for: "news/a.md") == ["4:40: \(Self.message("ЕГН"))"])
    }

    @Test func numbersWithAWrongCheckDigitOrOtherLengthsPass() {
        let c = TempContent(["news/a.md": """
            ---
            title: Т
            date: 2015-01-01
            summary: Номер 6101047501, телефон 0888 123 459, дълъг 61010475001.
            ---
            ЕГН 6101047501 и ЛНЧ 5555555556 не са валидни.
            """])
        #expect(c.diagnostics(c.load(), for: "news/a.md") == [])
    }

    @Test func confidentialBlocksOfAnyFenceAndCaseHideTheirLinesOnly() throws {
        let c = TempContent(["news/a.md": """
            ---
            title: Т
            date: 2015-01-01
            ---
            Публично.

            ~~~ CONFIDENTIAL казус
            ЛНЧ 5555555555
            ~~~

            > ```Confidential
            > ЕГН 6101047500
            > ```

            След блока: 6101047500
            """])
        let r = c.load()
        #expect(c.diagnostics(r, for: "news/a.md") == ["15:13: \(Self.message("ЕГН"))"])
        let news = try #require(r.content.news.first)
        #expect(news.header.body.confidential.map(\.text) == [ConfidentialText("ЛНЧ 5555555555\n"), ConfidentialText("ЕГН 6101047500\n")])
    }

    @Test func theValidPrivacyFixtureLoadsWithoutProblems() {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/valid-privacy/content").path
        let r = Loader.load(contentDirectory: root)
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        #expect(r.content.protocols.first?.header.body.confidential.count == 3)
    }
}
