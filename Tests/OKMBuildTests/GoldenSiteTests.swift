import Foundation
import Testing
@testable import OKMBuild
import OKMModel

/// Whole fixture sites built end to end and compared file by file with their recorded
/// output. `RECORD_GOLDEN=1 swift test` writes the output anew; review the diff in git.
@Suite struct GoldenSiteTests {
    static let repoPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    static func tree(_ dir: String) -> [String: Data] {
        var out: [String: Data] = [:]
        for rel in FileManager.default.subpaths(atPath: dir) ?? [] {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: dir + "/" + rel, isDirectory: &isDir), !isDir.boolValue {
                out[rel] = FileManager.default.contents(atPath: dir + "/" + rel)
            }
        }
        return out
    }

    static func build(site: String) throws -> (String, BuildReport) {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("okm-golden-\(UUID().uuidString)").path
        var o = BuildOptions()
        o.contentDirectory = repoPath + "/Tests/Fixtures/sites/\(site)/content"
        o.templatesDirectory = repoPath + "/templates"
        o.outputDirectory = out
        return (out, Pipeline.build(o))
    }

    @Test(arguments: ["basic"]) func siteMatchesItsRecordedOutput(site: String) throws {
        let (out, report) = try Self.build(site: site)
        defer { try? FileManager.default.removeItem(atPath: out) }
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(report.succeeded)
        let expectedDir = Self.repoPath + "/Tests/Fixtures/sites/\(site)/expected"
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try? FileManager.default.removeItem(atPath: expectedDir)
            try FileManager.default.copyItem(atPath: out, toPath: expectedDir)
        }
        let actual = Self.tree(out)
        let expected = Self.tree(expectedDir)
        #expect(actual.keys.sorted() == expected.keys.sorted())
        for (path, data) in expected.sorted(by: { $0.key < $1.key }) {
            let got = actual[path]
            #expect(got == data, "\(path) differs from the recorded output; RECORD_GOLDEN=1 re-records it")
        }
    }

    @Test func demoContentBuildsCleanlyWithAPageForEveryRecord() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("okm-demo-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        var o = BuildOptions()
        o.contentDirectory = Self.repoPath + "/content"
        o.templatesDirectory = Self.repoPath + "/templates"
        o.outputDirectory = out
        let report = Pipeline.build(o)
        #expect(report.diagnostics.filter { $0.severity == .error }.isEmpty, "\(report.diagnostics)")
        let records = (FileManager.default.subpaths(atPath: o.contentDirectory) ?? []).filter { $0.hasSuffix(".md") }
        #expect(records.count >= 60)
        // Every record has its page: the slug's folder exists somewhere under its kind.
        let pages = Set(Self.tree(out).keys)
        for rel in records {
            let parts = rel.split(separator: "/")
            let slug = Slug.make(String(parts.last!.dropLast(3)))
            let kind = String(parts[0])
            let found = pages.contains { page in
                (kind == "pages" ? page == "\(slug)/index.html" : page.hasPrefix(kind + "/") && page.hasSuffix("/\(slug)/index.html"))
            }
            #expect(found, "no page for \(rel)")
        }
        // The seed protocol reads like the original, set in Bulgarian typography (no-break spaces).
        let protocolPage = String(decoding: Self.tree(out)["protocols/2014/ruse-2014-11-25/index.html"] ?? Data(), as: UTF8.self)
        #expect(protocolPage.contains("Протокол №\u{00A0}2 от заседание на ОКМ\u{00A0}– Русе"))
        #expect(protocolPage.contains("<time datetime=\"2014-11-25\">25\u{00A0}ноември 2014\u{00A0}г.</time>"))
        #expect(protocolPage.contains("id=\"t-1\""))
    }

    @Test func confidentialTextAndPersonalNumbersNeverReachTheOutput() throws {
        let (out, report) = try Self.build(site: "basic")
        defer { try? FileManager.default.removeItem(atPath: out) }
        #expect(report.succeeded)
        let all = Self.tree(out)
        #expect(all.count > 20)
        for (path, data) in all {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("6101047500"), "\(path) carries the ЕГН")
            #expect(!text.contains("приемно семейство"), "\(path) carries the confidential block")
            #expect(!text.contains("Чернова"), "\(path) carries a draft")
            // Pages carry okm's own scripts (JSON-LD, the search page); never the one written in a body.
            #expect(!text.contains("<script>alert"), "\(path) carries raw script")
            #expect(!text.contains("javascript:"), "\(path) carries a javascript: URL")
        }
    }
}

/// Every `href`/`src` inside a built site that points into it (a path or an anchor) must
/// lead to a file that exists and, with a fragment, to an element with that id.
enum InternalLinks {
    static func broken(in dir: String) -> [String] {
        let files = GoldenSiteTests.tree(dir).filter { $0.key.hasSuffix(".html") }
        var ids: [String: Set<String>] = [:]
        for (path, data) in files {
            ids[path] = Set(matches(of: "id=\"([^\"]+)\"", in: String(decoding: data, as: UTF8.self)))
        }
        var bad: [String] = []
        for (path, data) in files.sorted(by: { $0.key < $1.key }) {
            for raw in matches(of: "(?:href|src)=\"([^\"]+)\"", in: String(decoding: data, as: UTF8.self)) {
                let target = raw.replacingOccurrences(of: "&amp;", with: "&")
                if target.contains("://") || target.hasPrefix("mailto:") { continue }
                let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                var file = path
                if !parts[0].isEmpty {
                    var p = (parts[0].removingPercentEncoding ?? parts[0])
                    guard p.hasPrefix("/") else { bad.append("\(path): relative link \(target)"); continue }
                    p.removeFirst()
                    if p.isEmpty || p.hasSuffix("/") { p += "index.html" }
                    file = p
                    guard FileManager.default.fileExists(atPath: dir + "/" + p) else { bad.append("\(path): \(target)"); continue }
                }
                if parts.count == 2, !parts[1].isEmpty, file.hasSuffix(".html"), !(ids[file]?.contains(parts[1]) ?? false) {
                    bad.append("\(path): \(target) (no such anchor)")
                }
            }
        }
        return bad
    }

    static func matches(of pattern: String, in text: String) -> [String] {
        guard let re = try? NSRegularExpression(pattern: pattern) else { return [] }
        return re.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}

@Suite struct InternalLinkTests {
    @Test(arguments: ["content", "Tests/Fixtures/sites/basic/content"]) func noInternalLinkIsBroken(content: String) throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("okm-links-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        var o = BuildOptions()
        o.contentDirectory = GoldenSiteTests.repoPath + "/" + content
        o.templatesDirectory = GoldenSiteTests.repoPath + "/templates"
        o.outputDirectory = out
        let report = Pipeline.build(o)
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(GoldenSiteTests.tree(out).count > 20)
        let bad = InternalLinks.broken(in: out)
        #expect(bad.isEmpty, "\(bad.prefix(20))")
    }

    /// A view written where text goes (`{{summary}}` finding the list's LinkView when an item
    /// had none) prints Swift's description of it: "LinkView(title: …, url: Optional(…))".
    /// No page of the demo or the basic site may hold such a dump.
    @Test(arguments: ["content", "Tests/Fixtures/sites/basic/content"]) func noPageShowsAValueDumpedBySwift(content: String) throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("okm-dump-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        var o = BuildOptions()
        o.contentDirectory = GoldenSiteTests.repoPath + "/" + content
        o.templatesDirectory = GoldenSiteTests.repoPath + "/templates"
        o.outputDirectory = out
        #expect(Pipeline.build(o).succeeded)
        let dump = try Regex(#"Optional\(|\b[A-Z][A-Za-z]+(View|Item|Link|Meta)\([a-z][A-Za-z]*: "#)
        var found: [String] = []
        for (path, data) in GoldenSiteTests.tree(out) where path.hasSuffix(".html") || path.hasSuffix(".json") || path.hasSuffix(".xml") {
            if let text = String(data: data, encoding: .utf8), let m = text.firstMatch(of: dump) {
                found.append("\(path): \(text[m.range].prefix(60))")
            }
        }
        #expect(found.isEmpty, "\(found.prefix(10))")
    }

    @Test func theCheckerFindsABrokenLink() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("okm-links-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/a", withIntermediateDirectories: true)
        try "<p id=\"x\"><a href=\"/a/\">ok</a><a href=\"#x\">ok</a><a href=\"/b/\">no</a><a href=\"/a/#y\">no</a></p>"
            .write(toFile: dir + "/a/index.html", atomically: true, encoding: .utf8)
        #expect(InternalLinks.broken(in: dir) == ["a/index.html: /b/", "a/index.html: /a/#y (no such anchor)"])
    }
}
