import Foundation
@testable import OKMServe
import Testing

/// Issue 17, items 3 and 11: the editor's words come from templates/i18n/<lang>.editor.yml,
/// Bulgarian by default and wholly English when the site is English.
@Suite(.serialized) struct EditorWordsTests {
    /// The text of every UI element of a page (headings, labels, legends, buttons, help, options
    /// of choices, messages, the title), without the record's own values and names.
    static func uiTexts(_ html: String) -> [String] {
        let re = try! NSRegularExpression(pattern: #"<(title|h1|h2|label|legend|button|p class="help"|option value="")[^>]*>([^<]*)<"#)
        let ns = html as NSString
        return re.matches(in: html, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range(at: 2)) }
    }

    static func hasCyrillic(_ s: String) -> Bool { s.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) } }

    @Test func theEditorOfAnEnglishSiteHasNoBulgarianWord() async throws {
        try await EditorPublishTests.withEditor(language: "en") { editor in
            var pages: [String] = []
            pages.append(try await editor.request(.get, "/__okm/edit/").body)
            pages.append(try await editor.request(.get, "/__okm/edit/record?path=protocols/2015/ruse-2015-03-10.md").body)
            pages.append(try await editor.request(.get, "/__okm/edit/record?path=protocols/2015/broken.md").body)
            let hash = try await editor.hash("protocols/2015/broken.md")
            pages.append(try await editor.request(.post, "/__okm/edit/publish?path=protocols/2015/broken.md", form: ["hash": hash]).body)
            for page in pages {
                #expect(page.contains("<html lang=\"en\">"))
                let texts = Self.uiTexts(page)
                #expect(texts.count > 5)
                // "Title: path" headings name the file, which may be Cyrillic: the words before it are checked.
                // The English help of `approved_on` names the word printed on the original (ОДОБРЯВАМ): not a UI word.
                let bulgarian = texts.map { ($0.components(separatedBy: ": protocols/").first ?? $0).replacingOccurrences(of: "ОДОБРЯВАМ", with: "") }
                    .filter(Self.hasCyrillic)
                #expect(bulgarian == [])
                #expect(!page.contains("editor_"), "a word missing from en.editor.yml")
            }
            #expect(pages[3].contains("The record was not published: it has errors (1)."))
        }
    }

    @Test func theEditorOfABulgarianSiteHasEveryWord() async throws {
        try await EditorPublishTests.withEditor { editor in
            let list = try await editor.request(.get, "/__okm/edit/").body
            let form = try await editor.request(.get, "/__okm/edit/record?path=protocols/2015/clean.md").body
            for page in [list, form] {
                #expect(page.contains("<html lang=\"bg\">"))
                #expect(!page.contains("editor_"), "a word missing from bg.editor.yml")
            }
            #expect(form.contains(">Публикувай</button>"))
        }
    }

    @Test func bothLanguagesHaveTheSameWords() {
        let root = RoundTripTests.root + "/templates/i18n/"
        let bg = EditorWords.read(root + "bg.editor.yml") ?? [:], en = EditorWords.read(root + "en.editor.yml") ?? [:]
        #expect(bg.count > 20)
        #expect(Set(bg.keys) == Set(en.keys))
    }
}
