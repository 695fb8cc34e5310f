import Foundation
import Testing

/// `okm check` speaks the user's language (issue 20 item 1): LANG=bg_BG.UTF-8 gives
/// Bulgarian, LC_ALL=C over it gives English, `--messages` overrides both; the codes and the
/// words `error`/`warning` of a diagnostic line stay the same in both.
@Suite struct MessagesLanguageCLITests {
    static let fixture = CLI.repo + "/Tests/Fixtures/invalid/attendance-unknown-person"

    func check(_ arguments: [String] = [], locale: [String: String]) throws -> CLIRun {
        let dir = try CLI.project(content: Self.fixture + "/content")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        return try CLI.run(["check"] + arguments, in: dir, locale: locale)
    }

    @Test func aBulgarianLocaleGivesBulgarianMessages() throws {
        let r = try check(locale: ["LANG": "bg_BG.UTF-8"])
        #expect(r.status == 1)
        #expect(r.stderr.contains(": error: няма лице „"), "\(r.stderr)")
        #expect(r.stderr.contains("[OKM3001]"))
        #expect(r.stderr.contains("okm: грешки: 2, предупреждения: 0"), "\(r.stderr)")
        #expect(!r.stderr.contains("unknown person"))
    }

    @Test func LCALLBeforeLANGGivesEnglish() throws {
        let r = try check(locale: ["LC_ALL": "C", "LANG": "bg_BG.UTF-8"])
        #expect(r.status == 1)
        #expect(r.stderr.contains(": error: unknown person '"), "\(r.stderr)")
        #expect(r.stderr.contains("okm: 2 error(s), 0 warning(s)"))
    }

    @Test func theMessagesOptionOverridesTheLocale() throws {
        let en = try check(["--messages", "en"], locale: ["LANG": "bg_BG.UTF-8"])
        #expect(en.stderr.contains("unknown person '"), "\(en.stderr)")
        let bg = try check(["--messages", "bg"], locale: ["LC_ALL": "en_US.UTF-8"])
        #expect(bg.stderr.contains("няма лице „"), "\(bg.stderr)")
    }

    @Test func aWrongMessagesValueIsAUsageError() throws {
        let r = try check(["--messages", "de"], locale: [:])
        #expect(r.status != 0 && r.status != 1)
        #expect(r.stderr.contains("--messages 'de'"), "\(r.stderr)")
    }

    @Test func JSONInBulgarianKeepsTheCodes() throws {
        let r = try check(["--format", "json"], locale: ["LANG": "bg_BG.UTF-8"])
        #expect(r.status == 1)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        let first = try #require(array.first)
        #expect(first["code"] as? String == "OKM3001")
        #expect(first["severity"] as? String == "error")
        #expect((first["message"] as? String)?.hasPrefix("няма лице „") == true, "\(first)")
    }
}
