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

    /// A request the editor refuses says why in the site's language: without the key (a browser
    /// that kept an old address after okm serve was started again), and for a record that is not there.
    @Test(arguments: [("bg", "Редакторът не ви позна", "В content/ няма такъв запис"),
                      ("en", "The editor did not recognise you", "There is no such record in content/")])
    func aRefusalIsInTheSitesLanguage(language: String, noKey: String, noRecord: String) async throws {
        try await EditorPublishTests.withEditor(language: language) { editor in
            let stranger = try await editor.client.execute(.init("/__okm/edit/", method: .get, authority: "127.0.0.1:\(editor.port)"))
            let said = stranger.body.map { String(buffer: $0) } ?? ""
            #expect(stranger.status == .forbidden)
            #expect(said.hasPrefix("okm editor: " + noKey), "\(said)")
            let missing = try await editor.request(.get, "/__okm/edit/record?path=protocols/2015/nyama.md")
            #expect(missing.status == 400)
            #expect(missing.body.hasPrefix("okm editor: " + noRecord), "\(missing.body)")
        }
    }

    /// Every reason a route gives `refuse` has its words in both languages.
    @Test func everyRefusalHasItsWords() throws {
        let root = RoundTripTests.root
        let bg = EditorWords.read(root + "/templates/i18n/bg.editor.yml") ?? [:]
        let re = try Regex(#"refuse\(\.[A-Za-z]+, "([a-z_]+)""#)
        var reasons: Set<String> = ["key", "too_large"]  // the guard's, chosen by status
        for file in ["EditorRoutes", "UploadRoutes", "NewRecordForm"] {
            let text = try String(contentsOfFile: root + "/Sources/OKMServe/Editor/\(file).swift", encoding: .utf8)
            for m in text.matches(of: re) { reasons.insert(String(m.output[1].substring ?? "")) }
        }
        #expect(reasons.count >= 8)
        for reason in reasons { #expect(bg["editor_refused_" + reason] != nil, "no editor_refused_\(reason) in bg.editor.yml") }
    }

    @Test func bothLanguagesHaveTheSameWords() {
        let root = RoundTripTests.root + "/templates/i18n/"
        let bg = EditorWords.read(root + "bg.editor.yml") ?? [:], en = EditorWords.read(root + "en.editor.yml") ?? [:]
        #expect(bg.count > 20)
        #expect(Set(bg.keys) == Set(en.keys))
    }
}
