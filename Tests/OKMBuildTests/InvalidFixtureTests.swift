import Foundation
import Testing
@testable import OKMBuild
import OKMModel

/// Every folder in Tests/Fixtures/invalid is a small site with one known problem (or a
/// few, for the "all in one run" case) and an `expected.txt`: the exact diagnostic lines,
/// `content/…:line:col: error: message [OKM1203]`, in the order okm prints them. The build
/// must fail with exactly those lines and leave the previous output untouched.
/// `RECORD_EXPECTED=1 swift test --skip-build --filter InvalidFixture` writes them anew.
///
/// Tests/Fixtures/valid-privacy holds personal numbers only inside ```confidential
/// blocks: it must build, and nothing it publishes may contain them.
@Suite struct InvalidFixtureTests {
    static let invalidFixturesDirectory = BuildTestSupport.fixturesDirectory + "/invalid"
    static let privacyFixtureDirectory = BuildTestSupport.fixturesDirectory + "/valid-privacy"

    /// The case folders, found when the tests run, so a new folder is a new test.
    static let invalidCaseNames: [String] = BuildTestSupport.subdirectoryNames(of: invalidFixturesDirectory)

    static let markerName = "keep.txt"
    static let markerContents = Data("the previous output — a failed build must leave this file as it is\n".utf8)

    /// The lines of expected.txt (English) or expected.bg.txt (the same diagnostics worded in
    /// Bulgarian), without empty lines (a trailing newline is optional).
    static func expectedLines(of fixture: String, _ language: MessageLanguage = .en) throws -> [String] {
        let path = fixture + (language == .en ? "/expected.txt" : "/expected.\(language.rawValue).txt")
        let data = try #require(FileManager.default.contents(atPath: path), "\(path) is missing")
        let text = try #require(String(data: data, encoding: .utf8), "\(path) is not UTF-8")
        return text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
    }

    /// Cases too big to commit (issue 9: "5 MB bodies, 10 000 agenda items"): their folder holds
    /// the small files and expected.txt; these files are added to a copy of its content/ when
    /// the test runs.
    static let generatedFiles: [String: @Sendable () -> [String: [UInt8]]] = [
        "body-5mb-egn-last-line": { ["news/2015/golyam.md": GeneratedFixtures.hugeBody()] },
        "agenda-10000-items": { ["protocols/2014/ruse-2014-11-25.md": GeneratedFixtures.longAgenda()] },
    ]

    /// Every case, the huge ones included, must give its diagnostics quickly.
    static let timeLimit: Duration = .seconds(60)

    @Test func everyExpectedCaseIsPresent() {
        #expect(Self.invalidCaseNames.count >= 40,
                "only \(Self.invalidCaseNames.count) folders in \(Self.invalidFixturesDirectory): was one lost?")
    }

    @Test func generatedCasesAreAsBigAsTheIssueSays() {
        #expect(GeneratedFixtures.hugeBody().count > 5 * 1024 * 1024)
        let agenda = String(decoding: GeneratedFixtures.longAgenda(), as: UTF8.self)
        #expect(agenda.components(separatedBy: "\n  - title: ").count - 1 == 10_000)
        for name in Self.generatedFiles.keys { #expect(Self.invalidCaseNames.contains(name), "no folder for \(name)") }
    }

    @Test(arguments: invalidCaseNames)
    func invalidSiteFailsWithExactlyTheExpectedDiagnostics(caseName: String) throws {
        let fixture = Self.invalidFixturesDirectory + "/" + caseName
        let expected = try Self.expectedLines(of: fixture)
        try #require(!expected.isEmpty, "\(caseName)/expected.txt names no diagnostic")

        let scratch = try BuildTestSupport.makeTemporaryDirectory(prefix: "okm-invalid-\(caseName)")
        defer { try? FileManager.default.removeItem(atPath: scratch) }

        // The symlink cases need a checkout that keeps links as links (git does on Linux and macOS).
        if caseName.hasPrefix("symlink-") {
            let entries = BuildTestSupport.allEntriesRecursively(in: fixture + "/content")
            let links = entries.filter {
                (try? FileManager.default.attributesOfItem(atPath: fixture + "/content/" + $0))?[.type] as? FileAttributeType == .typeSymbolicLink
            }
            try #require(!links.isEmpty, "\(caseName): the checkout turned its symbolic links into files (git config core.symlinks)")
        }

        // The folder that holds content/: the case itself, or a copy with the generated files.
        var site = fixture
        if let generate = Self.generatedFiles[caseName] {
            site = try BuildTestSupport.makeTemporaryDirectory(prefix: "okm-generated-\(caseName)")
            try FileManager.default.copyItem(atPath: fixture + "/content", toPath: site + "/content")
            for (relative, bytes) in generate() {
                let path = site + "/content/" + relative
                try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(bytes).write(to: URL(fileURLWithPath: path))
            }
        }
        defer { if site != fixture { try? FileManager.default.removeItem(atPath: site) } }
        let output = scratch + "/output"
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try Self.markerContents.write(to: URL(fileURLWithPath: output + "/" + Self.markerName))

        var options = BuildOptions()
        options.contentDirectory = site + "/content"
        options.templatesDirectory = BuildTestSupport.templatesDirectory
        options.outputDirectory = output
        let clock = ContinuousClock()
        let started = clock.now
        let report = Pipeline.build(options)
        let elapsed = clock.now - started

        #expect(!report.succeeded, "\(caseName): the build succeeded")
        #expect(elapsed < Self.timeLimit, "\(caseName): the build took \(elapsed)")
        #expect(report.filesWritten == 0)

        // Warnings count only when the case states some.
        let withWarnings = expected.contains { $0.contains(": warning: ") }
        let shown = report.diagnostics.filter { withWarnings || $0.severity == .error }
        let actual = shown.map { $0.line.replacingOccurrences(of: site + "/", with: "") }
        let actualBulgarian = shown.map { $0.line(in: .bg).replacingOccurrences(of: site + "/", with: "") }
        if ProcessInfo.processInfo.environment["RECORD_EXPECTED"] == "1" {
            try Data(actual.map { $0 + "\n" }.joined().utf8).write(to: URL(fileURLWithPath: fixture + "/expected.txt"))
            try Data(actualBulgarian.map { $0 + "\n" }.joined().utf8).write(to: URL(fileURLWithPath: fixture + "/expected.bg.txt"))
        }
        // The same run's diagnostics worded in Bulgarian: the codes and places are the same.
        let expectedBulgarian = try Self.expectedLines(of: fixture, .bg)
        #expect(actualBulgarian == expectedBulgarian, """
            \(caseName): the Bulgarian diagnostics differ
            expected (expected.bg.txt):
              \(expectedBulgarian.joined(separator: "\n  "))
            actual:
              \(actualBulgarian.joined(separator: "\n  "))
            """)
        #expect(actual == expected, """
            \(caseName): diagnostics differ
            expected:
              \(expected.joined(separator: "\n  "))
            actual:
              \(actual.joined(separator: "\n  "))
            """)

        // The previous output is left exactly as it was, and nothing is staged beside it.
        #expect(BuildTestSupport.allEntriesRecursively(in: output) == [Self.markerName])
        #expect(FileManager.default.contents(atPath: output + "/" + Self.markerName) == Self.markerContents)
        #expect(BuildTestSupport.allEntriesRecursively(in: scratch) == ["output", "output/" + Self.markerName])
    }

    /// The same ЕГН that stops egn-in-body, written only inside confidential blocks (at the
    /// top level, in a list item, in a block quote), with their distinctive words.
    static let confidentialNeedles = ["6101047500", "Тръстеник", "приемно семейство в Бяла", "Сливо поле"]

    @Test func confidentialBlocksBuildAndNeverReachTheOutput() throws {
        let scratch = try BuildTestSupport.makeTemporaryDirectory(prefix: "okm-valid-privacy")
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let output = scratch + "/output"

        var options = BuildOptions()
        options.contentDirectory = Self.privacyFixtureDirectory + "/content"
        options.templatesDirectory = BuildTestSupport.templatesDirectory
        options.outputDirectory = output
        let report = Pipeline.build(options)

        let errors = report.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.description).joined(separator: "\n"))")
        try #require(report.succeeded)

        // The protocol itself is published (so the scan below covers its page)…
        let page = output + "/protocols/2015/ruse-2015-02-17/index.html"
        let html = try #require(FileManager.default.contents(atPath: page), "\(page) was not written")
        #expect(html.range(of: Data("Механизмът обсъди изведените деца".utf8)) != nil)

        // …and no file of any type, read as bytes, holds the confidential text.
        let files = BuildTestSupport.regularFilesRecursively(in: output)
        #expect(files.count == report.filesWritten)
        for file in files {
            let bytes = try #require(FileManager.default.contents(atPath: output + "/" + file))
            for needle in Self.confidentialNeedles {
                #expect(bytes.range(of: Data(needle.utf8)) == nil, "output/\(file) contains '\(needle)'")
            }
        }
    }
}

/// The content of the generated cases, the same bytes on every run.
enum GeneratedFixtures {
    /// A news item of more than 5 MB (22 000 paragraphs) with an ЕГН on its last line, 44006.
    static func hugeBody() -> [UInt8] {
        var text = "---\ntitle: Протокол с много дълъг текст\ndate: 2015-03-10\nregion: ruse\n---\n"
        let paragraph = "Механизмът обсъди напредъка по плана за деинституционализация в Област Русе и приетите мерки за подкрепа на семействата."
        for i in 1...22_000 { text += paragraph + " Абзац \(i).\n\n" }
        text += "Случаят на дете с ЕГН 6101047500 е обсъден.\n"
        return Array(text.utf8)
    }

    /// A protocol with 10 000 agenda items: a misspelt reporter in item 9 999 (line 20004) and a
    /// decision under item 10 001 (line 20008).
    static func longAgenda() -> [UInt8] {
        var text = "---\nregion: ruse\nnumber: \"2\"\ndate: 2014-11-25\nchair: ivan-petrov\nagenda:\n"
        for i in 1...10_000 {
            text += "  - title: Точка \(i) от дневния ред\n"
            text += "    reporters: [\(i == 9_999 ? "ivan-petorv" : "ivan-petrov")]\n"
        }
        text += "decisions:\n  - { text: Да се изпълни, agenda_item: 10001 }\n---\n## По т. 1\n\nОбсъждане.\n"
        return Array(text.utf8)
    }
}
