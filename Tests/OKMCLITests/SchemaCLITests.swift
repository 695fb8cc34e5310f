import Foundation
import Testing

/// `okm schema`, and `okm check` on drafts that leave out what publishing needs.
@Suite struct SchemaCLITests {
    static let fixtures = CLI.repo + "/Tests/Fixtures"

    @Test func checkPassesADraftWithGapsAndFailsTheSameRecordPublished() throws {
        let draft = try CLI.run(["check", "--templates", CLI.repo + "/templates"], in: Self.fixtures + "/drafts/draft-protocol-missing-date-and-region")
        #expect(draft.status == 0, "\(draft.stderr)")
        #expect(draft.stderr.contains("warning: front matter is missing the required field 'date'"))
        let published = try CLI.run(["check", "--templates", CLI.repo + "/templates"], in: Self.fixtures + "/invalid/protocol-missing-date-and-region")
        #expect(published.status == 1)
        #expect(published.stderr.contains("error: front matter is missing the required field 'date'"))
    }

    @Test func schemaPrintsOneKindOrAll() throws {
        let one = try CLI.run(["schema", "--kind", "protocol"], in: CLI.repo)
        #expect(one.status == 0)
        #expect(one.stdout.hasPrefix("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\""))
        #expect(one.stdout.contains("\"title\": \"Протоколи (content/protocols/)\""))
        let all = try CLI.run(["schema"], in: CLI.repo)
        for name in ["protocols.json", "people.json", "site.json"] { #expect(all.stdout.contains("\"\(name)\": {")) }
        let wrong = try CLI.run(["schema", "--kind", "protokol"], in: CLI.repo)
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("--kind 'protokol' is not a kind"))
    }
}
