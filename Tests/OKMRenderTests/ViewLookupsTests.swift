import Foundation
import Mustache
import Testing
@testable import OKMRender

/// The view models answer the templates' lookups through generated code
/// (scripts/generate-view-lookups): it must match the views as they are now, and answer for
/// every stored property with the property's value.
@Suite struct ViewLookupsTests {
    @Test func theGeneratedLookupsMatchTheViewModels() throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", ViewModelTests.repo + "/scripts/generate-view-lookups", "--check"]
        let err = Pipe()
        p.standardError = err
        try p.run()
        p.waitUntilExit()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(p.terminationStatus == 0, "\(message)")
    }

    /// Every label Mirror sees is a name the lookup answers, with the same value.
    @Test func everyStoredPropertyIsAName() {
        let link = LinkView(title: "Заглавие", url: "/a/", meta: nil)
        let views: [Any] = [
            link,
            Fact(label: "Вид", values: [link]),
            DataFieldView(name: "id", description: "Идентификатор"),
            ListItem(title: "T", url: "/u/", dateText: "1 януари 2020 г.", dateISO: "2020-01-01", meta: "m", summary: "s", year: 2020, region: "ruse"),
            BacklinkGroup(heading: "Протоколи", count: 1, items: [link]),
            MilestoneView(date: "d", dateISO: "2020-01-01", status: "s", children: "3", source: link, note: "n", statusKey: "closed"),
        ]
        for view in views {
            guard let parent = view as? MustacheParent else {
                Issue.record("\(type(of: view)) does not answer lookups")
                continue
            }
            for child in Mirror(reflecting: view).children {
                guard let label = child.label else { continue }
                // An empty optional is "not there" for Mustache: the lookup says nil.
                let expected = Self.unwrapped(child.value).map { String(describing: $0) }
                let got = parent.child(named: label).flatMap(Self.unwrapped).map { String(describing: $0) }
                #expect(got == expected, "\(type(of: view)).\(label): \(String(describing: got)) ≠ \(String(describing: expected))")
            }
            #expect(parent.child(named: "noSuchName") == nil)
        }
    }

    static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first.map { unwrapped($0.value) } ?? nil
    }

    /// A template renders the view's fields, and a nil field leaves its section out.
    @Test func aTemplateReadsTheView() throws {
        var library = MustacheLibrary()
        library.register(try MustacheTemplate(string: "{{#url}}<a href=\"{{url}}\">{{title}}</a>{{/url}}{{^meta}}-{{/meta}}"), named: "t")
        #expect(library.render(LinkView(title: "A & B", url: "/x/", meta: nil), withTemplate: "t") == "<a href=\"/x/\">A &amp; B</a>-")
    }
}
