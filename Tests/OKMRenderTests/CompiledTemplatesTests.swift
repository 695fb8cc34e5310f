import Foundation
import Mustache
import Testing
import OKMLink
import OKMLoad
import OKMModel
@testable import OKMRender
import OKMTemplate

/// The compiled templates (OKMTemplate) against swift-mustache, the oracle: every page of the
/// demo, of every fixture site and of a 1 000-record corpus, byte for byte. And every view model
/// a template is handed has a field table naming exactly its stored properties.
@Suite(.serialized) struct CompiledTemplatesTests {
    static let repo = ViewModelTests.repo
    static let shared = ProcessInfo.processInfo.environment["SHARED"] ?? repo + "/../shared"

    static func site(_ contentDirectory: String) throws -> Site {
        let loaded = Loader.load(contentDirectory: contentDirectory)
        #expect(!loaded.diagnostics.contains { $0.severity == .error }, "\(loaded.diagnostics.prefix(3))")
        return Linker.link(loaded.content.filtered { !$0.draft }).0
    }

    static func theme() throws -> Theme {
        let (theme, problems) = Theme.load(directory: repo + "/templates")
        #expect(problems.isEmpty, "\(problems)")
        return try #require(theme)
    }

    /// Renders the site with both engines (and the options a build may use) and reports the
    /// first difference of every page that differs.
    static func compare(_ site: Site, _ name: String, allOptions: Bool = true) throws {
        var compiled = try theme()
        compiled.engine = .compiled
        var oracle = compiled
        oracle.engine = .mustache
        var withEverything = RenderOptions(today: Day(year: 2016, month: 1, day: 1), pdfLinks: true)
        withEverything.search = true
        let english = RenderOptions(language: "en")
        for options in allOptions ? [RenderOptions(), withEverything, english] : [withEverything] {
            let ours = Dictionary(Renderer.render(site, theme: compiled, options: options).map { ($0.path, $0.text) }, uniquingKeysWith: { a, _ in a })
            let theirs = Renderer.render(site, theme: oracle, options: options)
            #expect(ours.count == theirs.count)
            var differing = 0
            for file in theirs {
                guard let expected = file.text else { continue }
                let got = ours[file.path] ?? nil
                if got != expected {
                    differing += 1
                    if differing <= 3 { Issue.record("\(name) \(file.path): \(firstDifference(got ?? "<missing>", expected))") }
                }
            }
            #expect(differing == 0, "\(name): \(differing) files differ")
        }
    }

    static func firstDifference(_ a: String, _ b: String) -> String {
        let x = Array(a.utf8), y = Array(b.utf8)
        var i = 0
        while i < min(x.count, y.count) && x[i] == y[i] { i += 1 }
        func around(_ s: [UInt8]) -> String { String(decoding: s[max(0, i - 80)..<min(s.count, i + 80)], as: UTF8.self) }
        return "at byte \(i): compiled «\(around(x))» ≠ swift-mustache «\(around(y))»"
    }

    @Test(arguments: ["basic", "hostile", "publishing"])
    func aFixtureSiteIsTheSameThroughBothEngines(_ fixture: String) throws {
        try Self.compare(try Self.site(Self.repo + "/Tests/Fixtures/sites/\(fixture)/content"), fixture)
    }

    @Test func theDemoIsTheSameThroughBothEngines() throws {
        try Self.compare(try Self.site(Self.repo + "/content"), "demo")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: shared + "/bench/make-corpus.py")))
    func aThousandRecordCorpusIsTheSameThroughBothEngines() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("okm-corpus-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", Self.shared + "/bench/make-corpus.py", "--docs", "1000", "--out", dir]
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        try #require(p.terminationStatus == 0)
        try Self.compare(try Self.site(dir + "/content"), "corpus", allOptions: false)
    }

    /// Every view type a template meets (demo and fixtures): its table holds exactly its stored
    /// properties, in order; so a field added without its line in the table fails here.
    @Test func everyFieldTableNamesExactlyTheStoredProperties() throws {
        final class Seen: @unchecked Sendable {
            let lock = NSLock()
            var views: [ObjectIdentifier: any TemplateView] = [:]
        }
        let seen = Seen()
        let observe: @Sendable (any TemplateView) -> Void = { view in
            var found: [ObjectIdentifier: any TemplateView] = [:]
            Self.collect(view, into: &found)
            seen.lock.lock()
            seen.views.merge(found) { a, _ in a }
            seen.lock.unlock()
        }
        for dir in ["/content"] + ["basic", "hostile", "publishing"].map({ "/Tests/Fixtures/sites/\($0)/content" }) {
            var theme = try Self.theme()
            theme.observer = observe
            _ = Renderer.render(try Self.site(Self.repo + dir), theme: theme, options: RenderOptions(today: Day(year: 2016, month: 1, day: 1), pdfLinks: true))
        }
        #expect(seen.views.count >= 40, "only \(seen.views.count) view types met")
        for view in seen.views.values {
            let stored = Mirror(reflecting: view).children.compactMap(\.label)
            #expect(Self.tableNames(of: view) == stored, "\(type(of: view)): the table has \(Self.tableNames(of: view)), the struct \(stored)")
        }
    }

    static func tableNames<V: TemplateView>(of view: V) -> [String] { V.templateFieldNames }

    /// The view and every view inside it (one of each type).
    static func collect(_ view: any TemplateView, into found: inout [ObjectIdentifier: any TemplateView]) {
        let id = ObjectIdentifier(type(of: view))
        if found[id] == nil { found[id] = view }
        for child in Mirror(reflecting: view).children { collectValue(child.value, into: &found) }
    }

    static func collectValue(_ value: Any, into found: inout [ObjectIdentifier: any TemplateView]) {
        if let view = value as? any TemplateView {
            collect(view, into: &found)
            return
        }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional || mirror.displayStyle == .collection {
            for child in mirror.children { collectValue(child.value, into: &found) }
        }
    }
}
