import Foundation
import Testing
import OKMLink
import OKMLoad
import OKMModel
@testable import OKMRender
import OKMTemplate

/// Safety by type: an address that reaches a page's `href`, `src`, `srcset`, `action` or
/// `content` is a `SafeURL`, which only a checking constructor makes. So no view model a
/// template is handed (demo and fixtures) holds a field named like an address as plain text:
/// a new `var link: String` fails here, and the compiler then sees every place that fills it.
@Suite(.serialized) struct AddressFieldTests {
    /// The words that name an address when a field's name ends in one (`url`, `homeURL`,
    /// `downloadLink`, `ogImage`, `webpSrcset`), or is one (`next`, `sameAs`): `nextMeeting`,
    /// a date, is not an address; `description` is not a `script`.
    static let addressWords: Set<String> = ["url", "urls", "href", "src", "srcset", "link", "canonical", "sameas", "action",
                                            "poster", "stylesheet", "script", "pdf", "image", "feed", "download",
                                            "full", "previous", "next", "original", "home", "target", "file"]

    static func isAddressName(_ name: String) -> Bool {
        var last = ""
        var previousLower = false
        for c in name {
            if c.isUppercase && previousLower { last = "" }
            last.append(c)
            previousLower = c.isLowercase
        }
        return addressWords.contains(name.lowercased()) || addressWords.contains(last.lowercased())
    }

    static func isPlainText(_ value: Any) -> Bool {
        ["String", "Optional<String>", "Array<String>", "Optional<Array<String>>"].contains(String(describing: type(of: value)))
    }

    /// The fields of these view types that are named like an address and are plain text.
    static func plainAddressFields(_ views: [any TemplateView]) -> [String] {
        views.flatMap { view in
            Mirror(reflecting: view).children.compactMap { child -> String? in
                guard let name = child.label, isAddressName(name), isPlainText(child.value) else { return nil }
                return "\(type(of: view)).\(name): \(type(of: child.value))"
            }
        }.sorted()
    }

    @Test func noViewModelHoldsAnAddressAsPlainText() throws {
        final class Seen: @unchecked Sendable {
            let lock = NSLock()
            var views: [ObjectIdentifier: any TemplateView] = [:]
        }
        let seen = Seen()
        let observe: @Sendable (any TemplateView) -> Void = { view in
            var found: [ObjectIdentifier: any TemplateView] = [:]
            CompiledTemplatesTests.collect(view, into: &found)
            seen.lock.lock()
            seen.views.merge(found) { a, _ in a }
            seen.lock.unlock()
        }
        for dir in ["/content"] + ["basic", "hostile", "publishing"].map({ "/Tests/Fixtures/sites/\($0)/content" }) {
            var theme = try CompiledTemplatesTests.theme()
            theme.observer = observe
            _ = Renderer.render(try CompiledTemplatesTests.site(CompiledTemplatesTests.repo + dir), theme: theme,
                                options: RenderOptions(today: Day(year: 2016, month: 1, day: 1), pdfLinks: true))
        }
        #expect(seen.views.count >= 40, "only \(seen.views.count) view types met")
        let views = Array(seen.views.values)
        // The check itself sees the fields it is about (so it cannot pass by seeing nothing).
        let names = Set(views.flatMap { Mirror(reflecting: $0).children.compactMap(\.label) })
        #expect(names.isSuperset(of: ["url", "src", "canonical", "srcset", "homeURL", "stylesheet", "siteURL", "ogImage", "discussionURL"]))
        #expect(Self.plainAddressFields(views) == [])
    }

    /// The rule above, shown on a view that breaks it and one that keeps it.
    @Test func aPlainTextAddressFieldIsFound() {
        struct Bad: TemplateView {
            var title: String
            var downloadLink: String?
            static let templateFields = TemplateFields<Bad>(["title": { .of($0.title) }, "downloadLink": { .of($0.downloadLink) }])
        }
        struct Good: TemplateView {
            var title: String
            var downloadLink: SafeURL?
            static let templateFields = TemplateFields<Good>(["title": { .of($0.title) }, "downloadLink": { .of($0.downloadLink) }])
        }
        #expect(Self.plainAddressFields([Bad(title: "a", downloadLink: nil)]) == ["Bad.downloadLink: Optional<String>"])
        #expect(Self.plainAddressFields([Good(title: "a", downloadLink: nil)]) == [])
        #expect(["url", "homeURL", "ogImage", "webpSrcset", "next", "sameAs", "discussionURL"].allSatisfy(Self.isAddressName))
        #expect(!["nextMeeting", "description", "title", "imageCount", "fileName"].contains(where: Self.isAddressName))
    }

    /// A checked address renders as its text in both engines' reading of a view.
    @Test func aSafeURLReadsAsItsText() throws {
        let link = LinkView(title: "x", url: SafeURL(sitePath: "/a/", root: "/okm"))
        guard case .text(let s) = link.templateValue(named: "url") else { Issue.record("not text"); return }
        #expect(s == "/okm/a/")
        #expect(link.templateValue(named: "url").mustacheValue as? String == "/okm/a/")
    }
}
