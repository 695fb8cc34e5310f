import Foundation
import Testing
@testable import OKMBuild
import OKMModel

/// Every folder in Tests/Fixtures/drafts is a site whose drafts leave out fields a published
/// record needs, and an `expected.txt` with the exact warnings. The build succeeds with
/// exactly those lines, without the drafts; with drafts (as `okm serve` builds) it succeeds
/// too and writes every draft's page. Tests/Fixtures/invalid/protocol-missing-date-and-region
/// is the same protocol without `draft: true`: there the same gaps are errors.
@Suite struct DraftFixtureTests {
    static let directory = BuildTestSupport.fixturesDirectory + "/drafts"
    static let caseNames = BuildTestSupport.subdirectoryNames(of: directory)

    @Test func thereAreCases() { #expect(!Self.caseNames.isEmpty) }

    @Test(arguments: caseNames, [false, true])
    func draftsWithGapsWarnAndBuild(caseName: String, drafts: Bool) throws {
        let site = Self.directory + "/" + caseName
        let expected = try InvalidFixtureTests.expectedLines(of: site)
        let scratch = try BuildTestSupport.makeTemporaryDirectory(prefix: "okm-drafts-\(caseName)")
        defer { try? FileManager.default.removeItem(atPath: scratch) }

        var options = BuildOptions()
        options.contentDirectory = site + "/content"
        options.templatesDirectory = BuildTestSupport.templatesDirectory
        options.outputDirectory = scratch + "/output"
        options.includeDrafts = drafts
        let report = Pipeline.build(options)

        #expect(report.succeeded, "\(caseName): \(report.problems) \(report.diagnostics.filter { $0.severity == .error })")
        let actual = report.diagnostics.map { $0.description.replacingOccurrences(of: site + "/", with: "") }
        #expect(actual == expected, "\(caseName):\n  \(actual.joined(separator: "\n  "))")

        // The drafts' pages are written only when drafts are built, at their dateless URLs.
        let drafted = ["protocols/ruse-2014-11-25", "news/chernova", "events/sabitie", "people/novo-litse"]
        for page in drafted {
            let exists = FileManager.default.fileExists(atPath: scratch + "/output/\(page)/index.html")
            #expect(exists == drafts, "\(caseName): \(page) \(exists ? "written" : "missing") with drafts: \(drafts)")
        }
    }
}
