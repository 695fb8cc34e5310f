import Foundation
import Testing

/// `okm check --format json` prints the library's one JSON shape of diagnostics.
@Suite struct CheckJSONTests {
    static let fixtures = CLI.repo + "/Tests/Fixtures/invalid"

    static func check(_ fixture: String) throws -> (Int32, [[String: Any]], String) {
        let dir = try CLI.project(content: fixtures + "/" + fixture + "/content")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try CLI.run(["check", "--format", "json"], in: dir)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]], "not a JSON array: \(r.stdout)")
        return (r.status, items.filter { $0["severity"] as? String == "error" }, r.stderr)
    }

    @Test func aDidYouMeanCarriesItsCodeAndTheClosestMatchAsANote() throws {
        let (status, errors, _) = try Self.check("attendance-unknown-person")
        #expect(status == 1)
        #expect(errors.count == 2)
        for e in errors {
            #expect(e["code"] as? String == "OKM3001")
            #expect(e["path"] as? String == "content/protocols/2014/ruse-2014-11-25.md")
            #expect((e["message"] as? String)?.hasPrefix("unknown person 'ivan-petorv'") == true)
            let notes = try #require(e["notes"] as? [[String: Any]])
            #expect(notes.count == 1 && notes[0]["message"] as? String == "did you mean 'ivan-petrov'?")
        }
        #expect(errors.map { $0["line"] as? Int } == [7, 13])
        #expect(errors.map { $0["column"] as? Int } == [15, 19])
    }

    @Test func aDuplicateSlugNamesTheOtherFileInANote() throws {
        let (status, errors, _) = try Self.check("duplicate-slug-across-year-folders")
        #expect(status == 1)
        let e = try #require(errors.first)
        #expect(e["code"] as? String == "OKM3010")
        let notes = try #require(e["notes"] as? [[String: Any]])
        #expect(notes.first?["path"] as? String == "content/news/2014/sreshta.md")
        #expect(notes.first?["line"] as? Int == 1)
    }

    @Test func theTextOutputEndsEachLineWithTheCode() throws {
        let dir = try CLI.project(content: Self.fixtures + "/attendance-unknown-person/content")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try CLI.run(["check"], in: dir)
        #expect(r.stderr.contains("content/protocols/2014/ruse-2014-11-25.md:7:15: error: unknown person 'ivan-petorv' (did you mean 'ivan-petrov'?) [OKM3001]"), "\(r.stderr)")
        #expect(r.stderr.contains("note: did you mean 'ivan-petrov'?"), "\(r.stderr)")
    }
}
