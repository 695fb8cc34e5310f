import Foundation
import Hummingbird
import HummingbirdTesting
import OKMModel
@testable import OKMServe
import Testing

/// Issue 17, item 4 (references you pick): the records a reference field offers, found by any
/// name in Cyrillic or Latin letters, and the script that adds type-ahead.
@Suite(.serialized) struct EditorPickerTests {
    typealias Editor = EditorPublishTests.Editor

    static let licheva = RecordEntry(id: DocumentID(.people, "mariya-licheva"), relativePath: "people/mariya-licheva.md",
                                     names: ["Мария Личева"], draft: false, date: nil)

    @Test func aPersonIsFoundByHerNameInEitherScript() {
        #expect(Self.licheva.matches("Личева"))
        #expect(Self.licheva.matches("личева"))
        #expect(Self.licheva.matches("licheva"))
        #expect(Self.licheva.matches("Maria Lich"))
        #expect(!Self.licheva.matches("Петров"))
        #expect(!Self.licheva.matches("petrov"))
    }

    @Test func thePickersLabelHoldsEachNameAndItsLatinForm() {
        #expect(Self.licheva.pickerLabel == "Мария Личева · Maria Licheva")
        let org = RecordEntry(id: DocumentID(.organizations, "rdsp-ruse"), relativePath: "organizations/rdsp-ruse.md",
                              names: ["Регионална дирекция за социално подпомагане – Русе", "РДСП Русе", "Дирекцията"], draft: false, date: nil)
        #expect(org.pickerLabel == "Регионална дирекция за социално подпомагане – Русе · Regionalna direktsia za sotsialno podpomagane – Ruse · РДСП Русе · RDSP Ruse · Дирекцията · Direktsiyata")
    }

    @Test func aReferenceFieldOffersTheRecordsBySlugWithTheirNamesAsLabel() async throws {
        try await EditorPublishTests.withEditor { editor in
            let page = try await editor.request(.get, "/__okm/edit/record?path=protocols/2015/clean.md").body
            #expect(page.contains("id=\"f.chair\" name=\"f.chair\" aria-describedby=\"f.chair-help\" value=\"\" list=\"dl-people\">"))
            #expect(page.contains("<datalist id=\"dl-people\">"))
            #expect(page.contains("<option value=\"ivan-petrov\" label=\"Иван Петров · Ivan Petrov\"></option>"))
            #expect(page.contains("<script src=\"/__okm/edit/editor.js\" defer></script>"))
        }
    }

    @Test func aSlugThatNamesNoRecordIsShownBesideItsField() async throws {
        try await EditorPublishTests.withEditor { editor in
            let rel = "protocols/2015/clean.md"
            let hash = try await editor.hash(rel)
            let page = try await editor.request(.post, "/__okm/edit/record?path=\(rel)", form: ["hash": hash, "f.chair": "licheva"])
            #expect(page.status == 200)
            #expect(page.body.contains("<ul class=\"problems\" id=\"f.chair-problems\"><li>"))
            #expect(page.body.range(of: #"<ul class="problems" id="f\.chair-problems"><li>\d+:\d+: error: [^<]*licheva"#, options: .regularExpression) != nil)
        }
    }

    @Test func theScriptIsServedToTheSecretsHolderAndAllowedByThePolicy() async throws {
        try await EditorPublishTests.withEditor { editor in
            let response = try await editor.client.execute(.init("/__okm/edit/editor.js", method: .get, authority: "127.0.0.1:\(editor.port)",
                                                                 headers: [.cookie: "\(EditorAccess.cookie)=\(editor.secret)"]))
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/javascript; charset=utf-8")
            let script = response.body.map { String(buffer: $0) } ?? ""
            #expect(script.contains("function fold("))
            let policy = response.headers[.init("Content-Security-Policy")!] ?? ""
            #expect(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline'; script") && !policy.contains("script-src 'unsafe"))
            let page = try await editor.client.execute(.init("/__okm/edit/", method: .get, authority: "127.0.0.1:\(editor.port)",
                                                             headers: [.cookie: "\(EditorAccess.cookie)=\(editor.secret)"]))
            #expect(page.headers[.init("Content-Security-Policy")!]?.contains("script-src 'self';") == true)
            let refused = try await editor.client.execute(.init("/__okm/edit/editor.js", method: .get, authority: "127.0.0.1:\(editor.port)"))
            #expect(refused.status == .forbidden)
        }
    }
}
