import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import OKMBuild
import OKMModel

/// The hostile fixture (Tests/Fixtures/sites/hostile: XSS payloads in every text field of
/// every kind, in site.yml and in bodies) builds, and no payload reaches output/ in a form
/// that a browser would run: every tag and attribute of every page is okm's own, no address
/// okm writes (HTML attributes, JSON, feeds, calendars, CSV) is a javascript:/vbscript:/data:
/// one, and the JSON-LD cannot close its script element. Such addresses in the fields that
/// hold one are load errors. (scripts/check-site also loads the site in Chromium with a hook
/// on alert and script execution.)
@Suite struct HostileSiteTests {
    static let fixture = BuildTestSupport.fixturesDirectory + "/sites/hostile/content"

    static func build(content: String = fixture, output: String? = nil) throws -> (String, BuildReport) {
        let out = try output ?? BuildTestSupport.makeTemporaryDirectory(prefix: "okm-hostile") + "/output"
        var o = BuildOptions()
        o.contentDirectory = content
        o.templatesDirectory = BuildTestSupport.templatesDirectory
        o.outputDirectory = out
        return (out, Pipeline.build(o))
    }

    // MARK: - A small HTML scanner: tags with their attributes, raw text of script and style.

    struct Tag {
        var name: String
        var attributes: [(name: String, value: String)]
        /// The text up to the closing tag, for script and style.
        var rawText: String?
    }

    static func decodeEntities(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = ""
        var i = s.startIndex
        while i < s.endIndex {
            if s[i] == "&", let semi = s[i...].prefix(12).firstIndex(of: ";") {
                let name = String(s[s.index(after: i)..<semi])
                var decoded: String?
                switch name {
                case "amp": decoded = "&"
                case "lt": decoded = "<"
                case "gt": decoded = ">"
                case "quot": decoded = "\""
                case "apos": decoded = "'"
                case "colon": decoded = ":"
                case "Tab": decoded = "\t"
                case "NewLine": decoded = "\n"
                default:
                    if name.hasPrefix("#x") || name.hasPrefix("#X"), let v = UInt32(name.dropFirst(2), radix: 16), let u = Unicode.Scalar(v) {
                        decoded = String(Character(u))
                    } else if name.hasPrefix("#"), let v = UInt32(name.dropFirst()), let u = Unicode.Scalar(v) {
                        decoded = String(Character(u))
                    }
                }
                if let decoded {
                    out += decoded
                    i = s.index(after: semi)
                    continue
                }
            }
            out.append(s[i])
            i = s.index(after: i)
        }
        return out
    }

    /// Every start tag of `html`, as a browser's tokenizer sees them (comments and doctype skipped).
    static func tags(_ html: String) -> [Tag] {
        let s = Array(html.unicodeScalars)
        var out: [Tag] = []
        var i = 0
        func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{0C}" }
        func find(_ needle: String, from: Int) -> Int {
            let n = Array(needle.unicodeScalars)
            var k = from
            while k + n.count <= s.count {
                if zip(s[k..<(k + n.count)], n).allSatisfy({ String($0).lowercased() == String($1).lowercased() }) { return k }
                k += 1
            }
            return s.count
        }
        while i < s.count {
            guard s[i] == "<" else { i += 1; continue }
            if i + 3 < s.count, s[i + 1] == "!", s[i + 2] == "-", s[i + 3] == "-" { i = find("-->", from: i + 4) + 3; continue }
            if i + 1 < s.count, s[i + 1] == "!" || s[i + 1] == "?" || s[i + 1] == "/" { i = find(">", from: i + 1) + 1; continue }
            guard i + 1 < s.count, s[i + 1].isASCII, s[i + 1].properties.isAlphabetic else { i += 1; continue }
            var j = i + 1
            var name = ""
            while j < s.count, !isSpace(s[j]), s[j] != ">", s[j] != "/" { name.unicodeScalars.append(s[j]); j += 1 }
            var attributes: [(String, String)] = []
            while j < s.count, s[j] != ">" {
                if isSpace(s[j]) || s[j] == "/" { j += 1; continue }
                var attr = ""
                while j < s.count, !isSpace(s[j]), s[j] != "=", s[j] != ">", !(s[j] == "/" && attr.isEmpty) { attr.unicodeScalars.append(s[j]); j += 1 }
                while j < s.count, isSpace(s[j]) { j += 1 }
                var value = ""
                if j < s.count, s[j] == "=" {
                    j += 1
                    while j < s.count, isSpace(s[j]) { j += 1 }
                    if j < s.count, s[j] == "\"" || s[j] == "'" {
                        let quote = s[j]
                        j += 1
                        while j < s.count, s[j] != quote { value.unicodeScalars.append(s[j]); j += 1 }
                        j += 1
                    } else {
                        while j < s.count, !isSpace(s[j]), s[j] != ">" { value.unicodeScalars.append(s[j]); j += 1 }
                    }
                }
                if !attr.isEmpty { attributes.append((attr.lowercased(), decodeEntities(value))) }
            }
            var tag = Tag(name: name.lowercased(), attributes: attributes)
            i = j + 1
            if ["script", "style", "textarea", "title"].contains(tag.name) {
                let end = find("</\(tag.name)", from: i)
                tag.rawText = String(String.UnicodeScalarView(s[min(i, s.count)..<end]))
                i = end
            }
            out.append(tag)
        }
        return out
    }

    static let urlAttributes: Set<String> = ["href", "src", "action", "formaction", "srcset", "xlink:href", "data", "poster",
                                             "background", "cite", "longdesc", "ping", "manifest", "content"]

    /// The tags okm's templates write; anything else in a page came from the content.
    static let okmTags: Set<String> = [
        "html", "head", "meta", "title", "link", "style", "script", "body", "header", "nav", "main", "footer", "section",
        "article", "aside", "div", "span", "p", "a", "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
        "strong", "em", "code", "pre", "blockquote", "hr", "br", "img", "picture", "source", "figure", "figcaption", "table", "caption", "thead",
        "tbody", "tr", "th", "td", "time", "details", "summary", "svg", "g", "rect", "line", "text", "title", "desc", "path",
        "pattern", "defs", "circle", "polyline", "noscript", "small", "abbr", "mark", "sup", "sub", "address", "tspan", "input",
        "label", "form", "button", "search", "b", "i", "s", "u", "polygon", "use", "clippath", "lineargradient", "stop",
    ]

    // MARK: - Tests

    @Test func theHostileSiteBuildsAndNoPayloadIsLive() throws {
        let (out, report) = try Self.build()
        defer { try? FileManager.default.removeItem(atPath: (out as NSString).deletingLastPathComponent) }
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.filter { $0.severity == .error })")
        try #require(report.succeeded)
        let files = BuildTestSupport.regularFilesRecursively(in: out).filter { !$0.hasPrefix("pagefind/") }
        #expect(files.count > 60)
        var problems: [String] = []
        var pagesWithPayloadText = 0
        for file in files {
            guard let data = FileManager.default.contents(atPath: out + "/" + file) else { continue }
            let text = String(decoding: data, as: UTF8.self)
            switch (file as NSString).pathExtension {
            case "html":
                if text.contains("okmXSS") { pagesWithPayloadText += 1 }
                problems += Self.htmlProblems(text, file: file)
            case "xml":
                problems += Self.xmlProblems(text, file: file)
            case "json":
                problems += Self.jsonProblems(data, file: file)
            case "ics":
                problems += Self.calendarProblems(text, file: file)
            case "csv":
                for field in text.components(separatedBy: CharacterSet(charactersIn: ",\n")) {
                    let value = field.trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
                    if URLs.dangerousScheme(value) != nil { problems.append("\(file): a \(value.prefix(40)) address") }
                }
            default:
                break
            }
        }
        #expect(problems.isEmpty, "\(problems.count) problems:\n\(problems.prefix(40).joined(separator: "\n"))")
        // The payloads are there, as text: the fixture reached the pages.
        #expect(pagesWithPayloadText > 40)
    }

    /// Tags and attributes of a page: only okm's own tags, no event handler but the search
    /// page's, no dangerous address, scripts only of okm's three kinds, JSON-LD that cannot end early.
    static func htmlProblems(_ html: String, file: String) -> [String] {
        var problems: [String] = []
        for tag in tags(html) {
            if !okmTags.contains(tag.name) { problems.append("\(file): <\(tag.name)> is not a tag of okm's templates") }
            for (name, value) in tag.attributes {
                if name.hasPrefix("on") {
                    let searchFallback = file == "search/index.html" && tag.name == "script" && name == "onerror"
                        && value == "document.getElementById('search-unavailable').hidden=false"
                    if !searchFallback { problems.append("\(file): <\(tag.name) \(name)=\"\(value.prefix(60))\">") }
                }
                if name == "srcdoc" { problems.append("\(file): <\(tag.name) srcdoc>") }
                if urlAttributes.contains(name) || name.hasSuffix(":href") {
                    let values = name == "srcset" ? value.components(separatedBy: ",") : [value]
                    for v in values where URLs.dangerousScheme(v) != nil && !v.lowercased().hasPrefix("data:image/png") {
                        problems.append("\(file): <\(tag.name) \(name)=\"\(value.prefix(60))\">")
                    }
                }
                if name == "http-equiv" && value.lowercased() == "refresh" { problems.append("\(file): <meta http-equiv=refresh>") }
                // Pagefind's UI shows filters as HTML, after decoding references in them again.
                if name == "data-pagefind-filter", value.contains(where: { "<>&".contains($0) }) {
                    problems.append("\(file): a Pagefind filter with markup: \(value.prefix(60))")
                }
            }
            if tag.name == "script" {
                let type = tag.attributes.first { $0.name == "type" }?.value ?? ""
                let src = tag.attributes.first { $0.name == "src" }?.value
                let raw = tag.rawText ?? ""
                if type == "application/ld+json" {
                    if raw.contains("<") { problems.append("\(file): '<' inside JSON-LD (it could close the script)") }
                    if (try? JSONSerialization.jsonObject(with: Data(raw.utf8))) == nil { problems.append("\(file): JSON-LD that is not JSON") }
                } else if let src {
                    if src != "/pagefind/pagefind-ui.js" { problems.append("\(file): <script src=\"\(src)\">") }
                } else if file == "search/index.html" {
                    // The search page's own script: its options are JSON with no '<' that could end it.
                    if raw.contains("okmXSS") && raw.contains("<") { problems.append("\(file): a payload with '<' in the search script") }
                } else {
                    problems.append("\(file): an inline script: \(raw.prefix(80))")
                }
            }
            // The print pages' running headers hold titles as CSS strings, with '<' escaped.
            if tag.name == "style", (tag.rawText ?? "").contains("<") {
                problems.append("\(file): '<' inside <style> (it could close the element)")
            }
        }
        return problems
    }

    /// Feeds and the sitemap: the payloads only as escaped text, and no dangerous address in
    /// an attribute or in an element that holds one.
    static func xmlProblems(_ xml: String, file: String) -> [String] {
        var problems: [String] = []
        for raw in ["<script", "<svg", "<img", "<iframe", "<a href"] where xml.contains(raw) {
            problems.append("\(file): unescaped '\(raw)'")
        }
        for tag in tags(xml) {
            for (name, value) in tag.attributes where URLs.dangerousScheme(value) != nil {
                problems.append("\(file): <\(tag.name) \(name)=\"\(value.prefix(60))\">")
            }
        }
        for element in ["id", "uri", "loc", "icon", "logo"] {
            var rest = Substring(xml)
            while let open = rest.range(of: "<\(element)>"), let close = rest[open.upperBound...].range(of: "</\(element)>") {
                let value = decodeEntities(String(rest[open.upperBound..<close.lowerBound]))
                if URLs.dangerousScheme(value) != nil { problems.append("\(file): <\(element)>\(value.prefix(60))") }
                rest = rest[close.upperBound...]
            }
        }
        if (try? XMLDocumentCheck.wellFormed(xml)) == false { problems.append("\(file): not well-formed XML") }
        return problems
    }

    /// Open data: valid JSON, and no string value that is a dangerous address.
    static func jsonProblems(_ data: Data, file: String) -> [String] {
        guard let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return ["\(file): not JSON"] }
        var problems: [String] = []
        func walk(_ v: Any, _ path: String) {
            if let s = v as? String, URLs.dangerousScheme(s) != nil { problems.append("\(file): \(path) = \(s.prefix(60))") }
            if let a = v as? [Any] { for (i, x) in a.enumerated() { walk(x, "\(path)[\(i)]") } }
            if let o = v as? [String: Any] { for (k, x) in o { walk(x, "\(path).\(k)") } }
        }
        walk(value, "$")
        return problems
    }

    /// iCalendar: no property value or parameter is a dangerous address, and no payload
    /// started a property or a component of its own (text values escape line breaks).
    static func calendarProblems(_ ics: String, file: String) -> [String] {
        var problems: [String] = []
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\r\n\t", with: "")
        let known = ["BEGIN", "END", "VERSION", "PRODID", "CALSCALE", "METHOD", "X-WR-CALNAME", "X-WR-CALDESC", "X-WR-TIMEZONE",
                     "UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "LOCATION", "URL", "STATUS", "CATEGORIES",
                     "TZID", "TZOFFSETFROM", "TZOFFSETTO", "TZNAME", "RRULE", "SEQUENCE", "LAST-MODIFIED", "TRANSP", "CLASS",
                     "X-PUBLISHED-TTL", "X-LIC-LOCATION", "REFRESH-INTERVAL", "NAME", "SOURCE", "ORGANIZER", "COMMENT"]
        for line in unfolded.components(separatedBy: "\r\n") where !line.isEmpty {
            let name = String(line.prefix { $0 != ":" && $0 != ";" })
            if !known.contains(name) { problems.append("\(file): an unexpected line '\(line.prefix(60))'") }
            if name == "BEGIN" || name == "END", !["VCALENDAR", "VEVENT", "VTIMEZONE", "STANDARD", "DAYLIGHT"].contains(line.dropFirst(name.count + 1)) {
                problems.append("\(file): '\(line.prefix(60))'")
            }
            if let colon = line.firstIndex(of: ":"), URLs.dangerousScheme(String(line[line.index(after: colon)...])) != nil {
                problems.append("\(file): \(line.prefix(60))")
            }
        }
        return problems
    }

    /// A `javascript:`, `vbscript:`, `data:` or `file:` address in any field that holds an
    /// address is an error at its value, whatever its letter case, spaces and tabs; and the
    /// previous output is left as it was.
    @Test func dangerousAddressesAreLoadErrorsAtTheirValue() throws {
        let root = try BuildTestSupport.makeTemporaryDirectory(prefix: "okm-hostile-urls")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let content = root + "/content"
        try FileManager.default.copyItem(atPath: Self.fixture, toPath: content)
        let (out, first) = try Self.build(content: content, output: root + "/output")
        try #require(first.succeeded)
        let before = BuildTestSupport.regularFilesRecursively(in: out).map { ($0, FileManager.default.contents(atPath: out + "/" + $0)) }

        // (file, a line to add after the first line that starts with `after`, the field, the scheme)
        let cases: [(file: String, after: String, line: String, field: String, scheme: String)] = [
            ("site.yml", "menu:", "  - { title: Лошо, url: \"javascript:alert(1)\" }", "url", "javascript"),
            ("site.yml", "accessibility:", "  enforcement: { url: \"  JaVaScRiPt:alert(1)\" }", "url", "javascript"),
            ("organizations/rdsp-ruse.md", "kind:", "url: \"java\\tscript:alert(1)\"", "url", "javascript"),
            ("news/2015/novina.md", "date:", "source: { title: Новини, url: \"data:text/html,<script>alert(1)</script>\" }", "url", "data"),
            ("events/2015/seminar.md", "date:", "images: [{ src: \"javascript:alert(1)\", alt: картина }]", "src", "javascript"),
            ("pages/about.md", "weight:", "attachments: [{ file: \"vbscript:msgbox(1)\", title: файл }]", "file", "vbscript"),
            ("protocols/2015/ruse-2015-06-16.md", "date:", "source: { title: Протокол, url: \"\\x01file:///etc/passwd\" }", "url", "file"),
        ]
        var expected: [(String, Int, String)] = []
        for c in cases {
            let path = content + "/" + c.file
            var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
            // Fields already in the fixture that the added line would repeat are removed first.
            let key = c.line.trimmingCharacters(in: .whitespaces).prefix { $0 != ":" }
            if !c.line.hasPrefix("  ") { lines.removeAll { $0.hasPrefix(key + ":") } }
            if c.file == "site.yml" && key == "enforcement" { lines.removeAll { $0.hasPrefix("  enforcement:") } }
            let at = try #require(lines.firstIndex { $0.hasPrefix(c.after) }, "\(c.file) has no line '\(c.after)'")
            lines.insert(c.line, at: at + 1)
            try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
            expected.append((c.file, at + 2, "'\(c.field)' is a \(c.scheme): address"))
        }
        let (_, report) = try Self.build(content: content, output: out)
        #expect(!report.succeeded)
        let errors = report.diagnostics.filter { $0.severity == .error }
        for (file, line, message) in expected {
            #expect(errors.contains { $0.location.path.hasSuffix("/" + file) && $0.location.line == line && $0.message.hasPrefix(message) },
                    "no error '\(message)' at \(file):\(line); errors: \(errors.map { "\($0.location.path.split(separator: "/").suffix(2).joined(separator: "/")):\($0.location.line): \($0.message.prefix(60))" })")
        }
        #expect(errors.count == expected.count, "\(errors.map(\.message))")
        let after = BuildTestSupport.regularFilesRecursively(in: out).map { ($0, FileManager.default.contents(atPath: out + "/" + $0)) }
        #expect(after.map(\.0) == before.map(\.0) && zip(after, before).allSatisfy { $0.1 == $1.1 }, "the previous output changed")
    }

    /// The checks above find what they look for.
    @Test func theCheckerFindsLivePayloads() {
        let page = """
            <!DOCTYPE html><html><head><title>a <b></title><script type="application/ld+json">{"a":"</script>"}</script></head>
            <body><p>text &lt;script&gt;okmXSS(1)&lt;/script&gt;</p><img src=x onerror=alert(1)><a href=" java&#x09;script:alert(1)">x</a>
            <iframe srcdoc="x"></iframe><script>alert(2)</script><span data-pagefind-filter="Област:&lt;img&gt;"></span></body></html>
            """
        let found = Self.htmlProblems(page, file: "t.html")
        for expected in ["<img onerror=", "<a href=", "<iframe> is not a tag", "<iframe srcdoc>", "an inline script", "JSON-LD that is not JSON",
                         "a Pagefind filter with markup"] {
            #expect(found.contains { $0.contains(expected) }, "missed \(expected): \(found)")
        }
        #expect(!found.contains { $0.contains("<p") })
        #expect(Self.jsonProblems(Data(#"{"links":[{"url":" JavaScript:alert(1)"}]}"#.utf8), file: "t.json").count == 1)
        #expect(Self.calendarProblems("BEGIN:VCALENDAR\r\nURL:javascript:alert(1)\r\nBEGIN:VALARM\r\nEND:VCALENDAR\r\n", file: "t.ics").count == 2)
        #expect(Self.xmlProblems("<feed><link href=\"data:text/html,x\"/><id>javascript:x</id><title><script></title></feed>", file: "t.xml").count == 3)
    }

    @Test func dangerousSchemesAreReadAsABrowserReadsThem() {
        for bad in ["javascript:alert(1)", "JAVASCRIPT:x", " javascript:x", "java\tscript:x", "java\nscript:x", "\u{1}javascript:x",
                    "vbscript:x", "data:text/html,x", "DATA:image/svg+xml,x", "file:///etc/passwd"] {
            #expect(URLs.dangerousScheme(bad) != nil, "\(bad.debugDescription)")
        }
        for good in ["https://example.org/javascript:x", "/protocols/", "mailto:a@b.bg", "tel:+359", "#t-1", "javascript", "снимка.jpg",
                     "Новина javascript:alert(1)", "./javascript:x"] {
            #expect(URLs.dangerousScheme(good) == nil, "\(good.debugDescription)")
        }
    }
}

/// Well-formedness of a feed or sitemap with Foundation's XML parser.
enum XMLDocumentCheck {
    static func wellFormed(_ xml: String) throws -> Bool {
        #if canImport(FoundationXML)
        return FoundationXML.XMLParser(data: Data(xml.utf8)).parse()
        #else
        return XMLParser(data: Data(xml.utf8)).parse()
        #endif
    }
}
