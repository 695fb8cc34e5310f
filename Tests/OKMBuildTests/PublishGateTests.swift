import Foundation
import Testing
@testable import OKMBuild
import OKMModel

/// Issue 15, hole 5: the last gate reads what is about to be published, not only the sources.
@Suite struct PublishGateTests {
    static let egn = "6101047500"

    /// A staging folder written by hand: each file hides the number as a renderer, a feed or an
    /// index could have made it.
    @Test func theGateReadsEveryKindOfPublishedFileAsAReaderWould() throws {
        let folder = try BuildTestSupport.makeTemporaryDirectory(prefix: "okm-gate")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files: [String: String] = [
            "a/index.html": "<main><p>Казус 6101<strong>04</strong>7500.</p></main>",
            "b/index.html": "<p>чист</p><script type=\"application/ld+json\">{\"name\":\"\\u0036101047500\"}</script>",
            "c/index.html": "<img alt=\"дете 6101 047500\" src=\"x.jpg\">",
            "calendar.ics": "BEGIN:VCALENDAR\r\nDESCRIPTION:казус 61010\r\n 47500\r\nEND:VCALENDAR\r\n",
            "data/protocols.json": "[{\"title\":\"казус 610104-7500\"}]",
            "news/2015/kazus-6101047500/index.html": "<p>нищо</p>",
            "clean/index.html": "<td>6101</td><td>047500</td>",
            "photo.jpg": "binary 6101047500",
        ]
        for (path, text) in files {
            let full = folder + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: full))
        }
        let leaks = PublishGate.scan(folder: folder)
        let where_ = Set(leaks.map(\.file))
        #expect(where_ == ["a/index.html", "b/index.html", "c/index.html", "calendar.ics", "data/protocols.json",
                           "news/2015/kazus-6101047500", "news/2015/kazus-6101047500/index.html"], "\(where_.sorted())")
        #expect(leaks.allSatisfy { $0.match.value == Self.egn })

        // No source holds it: the error names the published file, with its line and column.
        let diagnostics = PublishGate.check(folder: folder, sources: [], shownAs: "output")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location.path == "output/a/index.html")
        #expect(diagnostics.first?.message.contains("(ЕГН) would be published here") == true)
        #expect(diagnostics.first?.message.contains("6101047500") == false, "the message must not repeat the number")
    }

    /// A number that only a reader would join (six and four digits, a hyphen) in a record's
    /// public text and in the attachment it names: the guard and the file check name both,
    /// and output/ stays as it was.
    @Test func aJoinedNumberInARecordOrItsAttachmentStopsTheBuild() throws {
        let scratch = try BuildTestSupport.makeTemporaryDirectory(prefix: "okm-gate-static")
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let content = scratch + "/content"
        try FileManager.default.copyItem(atPath: BuildTestSupport.fixturesDirectory + "/leak/content", toPath: content)
        let news = content + "/news/2015/sreshta.md"
        let record = try String(contentsOfFile: news, encoding: .utf8)
            .replacingOccurrences(of: "region: ruse\n", with: "region: ruse\nattachments: [{ file: belezhka.txt, title: Бележка }]\n")
            + "\nДете 610104-7500.\n"
        try Data(record.utf8).write(to: URL(fileURLWithPath: news))
        try Data("Бележка\nЕГН на детето: 6101 047500\n".utf8).write(to: URL(fileURLWithPath: content + "/news/2015/belezhka.txt"))
        let output = scratch + "/output"
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try Data("previous".utf8).write(to: URL(fileURLWithPath: output + "/keep.txt"))

        var o = BuildOptions()
        o.contentDirectory = content
        o.templatesDirectory = BuildTestSupport.templatesDirectory
        o.outputDirectory = output
        let report = Pipeline.build(o)
        #expect(!report.succeeded)
        #expect(report.diagnostics.filter { $0.severity == .error }.map(\.description) == [
            "\(content)/news/2015/belezhka.txt:2:16: error: a personal number (ЕГН) must not be published: remove it from this file",
            "\(content)/news/2015/sreshta.md:15:6: error: a personal number (ЕГН) must not be published: remove it, or move the case details into a ```confidential block",
        ])
        #expect(BuildTestSupport.regularFilesRecursively(in: output) == ["keep.txt"], "output/ must be left as it was")
    }

    /// A theme that writes a number (a careless template edit): no record holds it, so the
    /// error names the page it would be published on.
    @Test func aNumberMadeByATemplateStopsTheBuild() throws {
        let scratch = try BuildTestSupport.makeTemporaryDirectory(prefix: "okm-gate-theme")
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let templates = scratch + "/templates"
        try FileManager.default.copyItem(atPath: BuildTestSupport.templatesDirectory, toPath: templates)
        let page = templates + "/pages/404.mustache"
        let original = try String(contentsOfFile: page, encoding: .utf8)
        try #require(original.contains("{{/main}}"))
        try Data(original.replacingOccurrences(of: "{{/main}}", with: "<p>тест 9945&#8209;12&nbsp;3454</p>\n{{/main}}").utf8)
            .write(to: URL(fileURLWithPath: page))
        var o = BuildOptions()
        o.contentDirectory = BuildTestSupport.fixturesDirectory + "/leak/content"
        o.templatesDirectory = templates
        o.outputDirectory = scratch + "/output"
        let report = Pipeline.build(o)
        let errors = report.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.location.path == scratch + "/output/404.html")
        #expect(!FileManager.default.fileExists(atPath: scratch + "/output"))
    }

    /// A number that a confidential block holds and that still reached a page (here a template
    /// writes the same digits): the gate names the block, read apart from the record's public text.
    @Test func aNumberOfAConfidentialBlockThatReachesAPageIsNamedThere() throws {
        let scratch = try BuildTestSupport.makeTemporaryDirectory(prefix: "okm-gate-secret")
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let templates = scratch + "/templates"
        try FileManager.default.copyItem(atPath: BuildTestSupport.templatesDirectory, toPath: templates)
        let page = templates + "/pages/404.mustache"
        let original = try String(contentsOfFile: page, encoding: .utf8)
        try Data(original.replacingOccurrences(of: "{{/main}}", with: "<p>6101047500</p>\n{{/main}}").utf8)
            .write(to: URL(fileURLWithPath: page))
        var o = BuildOptions()
        o.contentDirectory = BuildTestSupport.fixturesDirectory + "/leak/content"
        o.templatesDirectory = templates
        o.outputDirectory = scratch + "/output"
        let errors = Pipeline.build(o).diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.location.path.hasSuffix("/leak/content/protocols/2015/ruse-2015-02-17.md") == true, "\(errors)")
        #expect(errors.first?.message.contains("written in this confidential block") == true, "\(errors)")
    }
}
