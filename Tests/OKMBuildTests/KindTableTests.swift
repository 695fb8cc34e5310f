import Foundation
import Testing
@testable import OKMModel
import OKMRender

/// Every kind in the table has what a kind needs to be published: a template for its page,
/// an archetype for `okm new`, its UI strings in Bulgarian and English, a route, a schema
/// entry. A kind added to `Kind` alone fails here (and at `Kind.traits`, which will not compile).
@Suite struct KindTableTests {
    static let templates = BuildTestSupport.templatesDirectory

    static func strings(_ language: String) throws -> [String: String] {
        let text = try String(contentsOfFile: templates + "/i18n/\(language).yml", encoding: .utf8)
        var out: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix(" ") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            out[String(line[..<colon])] = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
        }
        return out
    }

    @Test(arguments: Kind.allCases) func everyKindHasItsTemplateArchetypeWordsRouteAndSchema(kind: Kind) throws {
        let t = kind.traits
        let files = FileManager.default
        #expect(files.fileExists(atPath: Self.templates + "/pages/\(t.template).mustache"), "no template pages/\(t.template).mustache")
        #expect(files.fileExists(atPath: Self.templates + "/archetypes/\(t.archetype).mustache"), "no archetype archetypes/\(t.archetype).mustache")
        for language in ["bg", "en"] {
            let words = try Self.strings(language)
            #expect(!(words[kind.folder] ?? "").isEmpty, "no '\(kind.folder)' in i18n/\(language).yml")
        }
        // Its route: a record's page is under the kind's folder (pages at the root), its list at `/<kind>/`.
        let id = DocumentID(kind, "x")
        let page = Route.record(id, nil).path
        #expect(page == (kind == .pages ? "/x/" : "/\(kind.folder)/x/"))
        #expect(Route.list(kind).path == "/\(kind.folder)/")
        #expect(Route.reservedTopLevelNames.contains(kind.folder))
        // Its schema entry: a label, and the `type:` field that names it.
        #expect(Schema.kindLabels[kind] != nil, "no label of \(kind) in the schema")
        #expect(Schema.fields(of: kind).contains { $0.name == "type" })
    }

    @Test func theTableAgreesWithItsKinds() {
        #expect(Set(Kind.allCases.map(\.singular)).count == Kind.allCases.count)
        #expect(Set(Kind.allCases.map(\.traits.template)).count == Kind.allCases.count)
        #expect(Kind.dated == [.protocols, .news, .events])
        #expect(Kind.mentionable == [.institutions, .services, .projects, .organizations, .people])
        #expect(Kind.listed == Kind.allCases.filter { $0 != .pages })
        for kind in Kind.allCases where kind.isDated { #expect(!kind.isEntity) }
    }
}
