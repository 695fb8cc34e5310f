import Foundation
import Testing
@testable import OKMRender

@Suite struct ThemeTests {
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("templates").path

    @Test func theRepositoryThemeLoadsWithoutProblems() {
        let (theme, problems) = Theme.load(directory: Self.templates)
        #expect(problems.isEmpty, "\(problems)")
        #expect(theme != nil)
        for name in Theme.requiredTemplates { #expect(theme?.templateNames.contains(name) == true, "missing \(name)") }
    }

    @Test func bulgarianAndEnglishHaveTheSameKeys() throws {
        let (theme, _) = Theme.load(directory: Self.templates)
        let bg = try #require(theme?.strings["bg"]), en = try #require(theme?.strings["en"])
        #expect(bg.count > 100)
        #expect(Set(bg.keys).subtracting(en.keys).sorted() == [])
        #expect(Set(en.keys).subtracting(bg.keys).sorted() == [])
        #expect(bg["protocols"] == "Протоколи")
        #expect(en["protocols"] == "Minutes")
    }

    @Test func aTemplateSyntaxErrorIsReportedAtItsLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("okm-theme-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/pages", withIntermediateDirectories: true)
        try "<p>\n{{#open}}\n<b>never closed</b>\n".write(toFile: dir + "/pages/home.mustache", atomically: true, encoding: .utf8)
        let (_, problems) = Theme.load(directory: dir)
        let home = problems.filter { $0.location.path.hasSuffix("home.mustache") }
        #expect(home.count == 1)
        #expect(home.first?.message.hasPrefix("template syntax") == true)
        #expect(problems.contains { $0.message == "the theme has no template 'protocol'" })
        // The theme's own words in Bulgarian; swift-mustache's detail stays as it wrote it.
        #expect(problems.contains { $0.message(in: .bg) == "в темата няма шаблон „protocol“" })
        #expect(home.first?.message(in: .bg).hasPrefix("шаблонът е написан неправилно: ") == true)

        // The line is the file's own (okm puts a line with its escaping pragma before it).
        try "<p>\n{{#open}}{{/shut}}\n".write(toFile: dir + "/pages/home.mustache", atomically: true, encoding: .utf8)
        let mismatched = Theme.load(directory: dir).1.filter { $0.location.path.hasSuffix("home.mustache") }
        #expect(mismatched.map(\.location.line) == [2], "\(mismatched)")
    }

    /// The compiled engine's own problems (OKM5007) are worded from the catalog, in Bulgarian too.
    @Test func theEnginesOwnProblemIsWordedInBothLanguages() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("okm-theme-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/pages", withIntermediateDirectories: true)
        try "<p>\n{{> nosuch}}\n".write(toFile: dir + "/pages/home.mustache", atomically: true, encoding: .utf8)
        let home = Theme.load(directory: dir).1.filter { $0.location.path.hasSuffix("home.mustache") }
        #expect(home.map(\.code) == [5007], "\(home)")
        #expect(home.first?.message(in: .en) == "template: there is no template named 'nosuch'")
        #expect(home.first?.message(in: .bg) == "шаблон: няма шаблон с име „nosuch“")
        #expect(home.first?.location.line == 2)
    }

    @Test func aStringDefinedInTwoFilesOfALanguageIsAnError() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("okm-theme-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/i18n", withIntermediateDirectories: true)
        try "home: Начало\n".write(toFile: dir + "/i18n/bg.yml", atomically: true, encoding: .utf8)
        try "home: Пак\nextra: Още\n".write(toFile: dir + "/i18n/bg.part.yml", atomically: true, encoding: .utf8)
        let (theme, problems) = Theme.load(directory: dir)
        #expect(theme?.strings["bg"]?["extra"] == "Още")
        #expect(problems.contains { $0.message == "the UI string 'home' is defined twice for 'bg'" })
    }
}
