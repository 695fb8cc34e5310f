import Foundation
import Testing
@testable import OKMBuild
import OKMModel

/// Every folder in Tests/Fixtures/invalid is a small site with one known problem (or a
/// few, for the "all in one run" case) and an `expected.txt`: the exact diagnostic lines,
/// `content/…:line:col: error: message`, in the order okm prints them. The build must
/// fail with exactly those lines and leave the previous output untouched.
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

    /// The lines of expected.txt, without empty lines (a trailing newline is optional).
    static func expectedLines(of fixture: String) throws -> [String] {
        let path = fixture + "/expected.txt"
        let data = try #require(FileManager.default.contents(atPath: path), "\(path) is missing")
        let text = try #require(String(data: data, encoding: .utf8), "\(path) is not UTF-8")
        return text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
    }

    @Test func everyExpectedCaseIsPresent() {
        #expect(Self.invalidCaseNames.count >= 25,
                "only \(Self.invalidCaseNames.count) folders in \(Self.invalidFixturesDirectory): was one lost?")
    }

    @Test(arguments: invalidCaseNames)
    func invalidSiteFailsWithExactlyTheExpectedDiagnostics(caseName: String) throws {
        let fixture = Self.invalidFixturesDirectory + "/" + caseName
        let expected = try Self.expectedLines(of: fixture)
        try #require(!expected.isEmpty, "\(caseName)/expected.txt names no diagnostic")

        let scratch = try BuildTestSupport.makeTemporaryDirectory(prefix: "okm-invalid-\(caseName)")
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let output = scratch + "/output"
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try Self.markerContents.write(to: URL(fileURLWithPath: output + "/" + Self.markerName))

        var options = BuildOptions()
        options.contentDirectory = fixture + "/content"
        options.templatesDirectory = BuildTestSupport.templatesDirectory
        options.outputDirectory = output
        let report = Pipeline.build(options)

        #expect(!report.succeeded, "\(caseName): the build succeeded")
        #expect(report.filesWritten == 0)

        // Warnings count only when the case states some.
        let withWarnings = expected.contains { $0.contains(": warning: ") }
        let actual = report.diagnostics
            .filter { withWarnings || $0.severity == .error }
            .map { $0.description.replacingOccurrences(of: fixture + "/", with: "") }
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
