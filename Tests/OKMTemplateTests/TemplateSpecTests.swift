import Mustache
import Testing
@testable import OKMTemplate

// Small views for the cases: a page with a list of items, each with an optional link.
struct Item: TemplateView, MustacheParent {
    var name: String
    var url: String?
    var count: Int = 0
    var tags: [String] = []
    static let templateFields = TemplateFields<Item>([
        "name": { .of($0.name) }, "url": { .of($0.url) }, "count": { .of($0.count) }, "tags": { .of($0.tags) },
    ])
    func child(named key: String) -> Any? { templateValue(named: key).oracle }
}

struct Page: TemplateView, MustacheParent {
    var title: String
    var url: String? = nil
    var flag: Bool = false
    var items: [Item] = []
    var first: Item? = nil
    var t: [String: String] = [:]
    var html: String = ""
    static let templateFields = TemplateFields<Page>([
        "title": { .of($0.title) }, "url": { .of($0.url) }, "flag": { .of($0.flag) }, "items": { .of($0.items) },
        "first": { .of($0.first) }, "t": { .of($0.t) }, "html": { .of($0.html) },
    ])
    func child(named key: String) -> Any? { templateValue(named: key).oracle }
}

extension TemplateValue {
    var oracle: Any? {
        switch self {
        case .absent: nil
        case .text(let s): s
        case .bool(let b): b
        case .int(let n): n
        case .view(let v): v
        case .strings(let d): d
        case .list(let l): (0..<l.count).map { l.element($0).oracle as Any }
        }
    }
}

/// Renders `templates` (name → text; the first is the page) with the compiled engine and with
/// swift-mustache, and returns both.
func renderBoth(_ templates: KeyValuePairs<String, String>, _ view: Page) throws -> (compiled: String, oracle: String) {
    var compiler = TemplateCompiler()
    var library = MustacheLibrary()
    for (name, text) in templates {
        compiler.add(name: name, file: name + ".mustache", text: text)
        library.register(try MustacheTemplate(string: text), named: name)
    }
    let compiled = compiler.compileAll()
    if let (file, e) = compiler.errors.first { throw TemplateError(line: e.line, column: e.column, reason: .verbatim("\(file): \(e.message)")) }
    let page = templates.first!.key
    return (compiled[page]!.render(view), library.render(view, withTemplate: page) ?? "")
}

/// Mustache-spec-style cases for what okm's templates use; each is checked against a written
/// expectation and against swift-mustache.
@Suite struct TemplateSpecTests {
    let a = Item(name: "A", url: "/a/", count: 2, tags: ["x", "y"])
    let b = Item(name: "B & <b>", url: nil)

    func check(_ templates: KeyValuePairs<String, String>, _ view: Page, _ expected: String,
               sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (compiled, oracle) = try renderBoth(templates, view)
        #expect(compiled == expected, sourceLocation: sourceLocation)
        #expect(compiled == oracle, "swift-mustache: \(oracle)", sourceLocation: sourceLocation)
    }

    @Test func escaping() throws {
        try check(["p": "{{title}}|{{{title}}}|{{&title}}"], Page(title: "<a href=\"x\">'&'</a>"),
                  "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;|<a href=\"x\">'&'</a>|<a href=\"x\">'&'</a>")
        try check(["p": "{{title}}"], Page(title: "кирилица ü 😀 <"), "кирилица ü 😀 &lt;")
    }

    @Test func sectionsOverListsEmptyListsFalseAndNil() throws {
        let page = Page(title: "T", items: [a, b])
        try check(["p": "{{#items}}[{{name}}]{{/items}}"], page, "[A][B &amp; &lt;b&gt;]")
        try check(["p": "{{#items}}x{{/items}}{{^items}}none{{/items}}"], Page(title: "T"), "none")
        try check(["p": "{{#flag}}yes{{/flag}}{{^flag}}no{{/flag}}"], Page(title: "T"), "no")
        try check(["p": "{{#flag}}yes{{/flag}}{{^flag}}no{{/flag}}"], Page(title: "T", flag: true), "yes")
        try check(["p": "{{#url}}<{{url}}>{{/url}}{{^url}}nil{{/url}}"], Page(title: "T"), "nil")
        try check(["p": "{{#url}}<{{url}}>{{/url}}"], Page(title: "T", url: "/u/"), "</u/>")
        try check(["p": "{{#html}}[{{.}}]{{/html}}"], Page(title: "T", html: ""), "[]")  // "" is not false
        try check(["p": "{{#items}}{{count}};{{/items}}"], page, "2;0;")
        try check(["p": "{{#items}}{{#tags}}{{.}},{{/tags}}{{/items}}"], page, "x,y,")
    }

    @Test func nestedContextsResolveUpTheStack() throws {
        // `title` is not an item's field: it is found on the page. `url` nil on B climbs to the page's.
        let page = Page(title: "T", url: "/page/", items: [a, b])
        try check(["p": "{{#items}}{{name}} in {{title}} at {{url}};{{/items}}"], page, "A in T at /a/;B &amp; &lt;b&gt; in T at /page/;")
        // A leading dot reads the innermost view only.
        try check(["p": "{{#items}}{{.url}};{{/items}}"], page, "/a/;;")
        try check(["p": "{{#first}}{{name}}{{/first}}"], Page(title: "T", first: a), "A")
    }

    @Test func dottedNames() throws {
        let page = Page(title: "T", first: a, t: ["hello": "Здравей & добре дошъл"])
        try check(["p": "{{t.hello}}|{{t.missing}}|{{first.name}}|{{first.missing}}x"], page, "Здравей &amp; добре дошъл||A|x")
        try check(["p": "{{#first.url}}{{.}}{{/first.url}}"], page, "/a/")
        try check(["p": "{{#items}}{{t.hello}}{{/items}}"], Page(title: "T", items: [a], t: ["hello": "h"]), "h")
    }

    @Test func theTransforms() throws {
        let page = Page(title: "T", items: [a, b, a])
        try check(["p": "{{#items}}{{index()}}{{name}}{{^last()}}, {{/last()}}{{#first()}}!{{/first()}}{{/items}}"], page, "0A, !1B &amp; &lt;b&gt;, 2A")
        try check(["p": "{{^empty(items)}}some{{/empty(items)}}{{#empty(items)}}none{{/empty(items)}}"], page, "some")
        try check(["p": "{{^empty(items)}}some{{/empty(items)}}{{#empty(items)}}none{{/empty(items)}}"], Page(title: "T"), "none")
        try check(["p": "{{#first}}{{^empty(tags)}}{{#tags}}{{.}}{{^last()}}+{{/last()}}{{/tags}}{{/empty(tags)}}{{/first}}"], Page(title: "T", first: a), "x+y")
        // The list position does not reach into a section over a view or into a partial.
        try check(["p": "{{#items}}{{#first}}[{{index()}}]{{/first}}{{> q}}{{/items}}", "q": "({{index()}})"],
                  Page(title: "T", items: [a, a], first: b), "[]()[]()")
        try check(["p": "{{#items}}{{#url}}{{index()}}{{/url}}{{/items}}"], Page(title: "T", items: [a, a]), "")
    }

    @Test func partialsAndStandaloneLines() throws {
        try check(["p": "<ul>\n{{#items}}\n<li>{{> link}}</li>\n{{/items}}\n</ul>\n", "link": "{{#url}}<a href=\"{{url}}\">{{name}}</a>{{/url}}{{^url}}{{name}}{{/url}}"],
                  Page(title: "T", items: [a, b]), "<ul>\n<li><a href=\"/a/\">A</a></li>\n<li>B &amp; &lt;b&gt;</li>\n</ul>\n")
        try check(["p": "a\n{{> q}}\nb\n  {{! a comment }}\nc", "q": "Q\n"], Page(title: "T"), "a\nQ\nb\nc")
        try check(["p": "  {{#flag}}  \nx\n  {{/flag}}\n{{title}}  {{#flag}}y{{/flag}}  \n"], Page(title: "T", flag: true), "x\nT  y  \n")
    }

    @Test func inheritanceWithDefaultBlocks() throws {
        let templates: KeyValuePairs<String, String> = [
            "page": "{{<base}}\n{{$main}}\n<p>{{title}}</p>\n{{/main}}\n{{/base}}\n",
            "base": "<html>\n{{$head}}<title>default</title>{{/head}}\n{{> nav}}\n{{$main}}{{/main}}\n</html>\n",
            "nav": "<nav>{{$navExtra}}-{{/navExtra}}</nav>\n",
        ]
        try check(templates, Page(title: "T"), "<html>\n<title>default</title>\n<nav>-</nav>\n<p>T</p>\n\n</html>\n")
    }

    @Test func unsupportedConstructsAreErrorsAtTheirLine() {
        func firstError(_ text: String, partials: [String: String] = [:]) -> TemplateError? {
            var compiler = TemplateCompiler()
            compiler.add(name: "p", file: "p.mustache", text: text)
            for (n, t) in partials { compiler.add(name: n, file: n + ".mustache", text: t) }
            _ = compiler.compileAll()
            return compiler.errors.first?.error
        }
        #expect(firstError("a\n  {{> q}}\n", partials: ["q": "x"])?.line == 2)
        #expect(firstError("a\nb {{upper(title)}}")?.line == 2)
        #expect(firstError("a\n\n{{> nowhere}}")?.line == 3)
        #expect(firstError("{{#a}}\n{{/b}}")?.line == 2)
        #expect(firstError("x\n{{#a}}")?.message.contains("never closed") == true)
        #expect(firstError("{{> p}}")?.message.contains("includes itself") == true)
        #expect(firstError("{{%CONTENT_TYPE: TEXT}}") != nil)
    }
}
