import Mustache
import OKMMarkdown

/// Mustache's HTML escaping, byte by byte instead of Character by Character (grapheme
/// breaking made it a fifth of a build's time). Same output: `< > & " '` become entities.
/// Theme.load puts `pragma` in front of every template (page, layout and partial: swift-mustache
/// resets the content type when it enters a partial), so template files need not say it.
struct FastHTMLContentType: MustacheContentType {
    func escapeText(_ text: String) -> String {
        // Every text a template shows passes here: Bulgarian typography once, for all of them.
        let text = Typography.ifBulgarian(text)
        var needs = false
        for b in text.utf8 where b == 60 || b == 62 || b == 38 || b == 34 || b == 39 { needs = true; break }
        guard needs else { return text }
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count + 32)
        for b in text.utf8 {
            switch b {
            case 60: out.append(contentsOf: "&lt;".utf8)
            case 62: out.append(contentsOf: "&gt;".utf8)
            case 38: out.append(contentsOf: "&amp;".utf8)
            case 34: out.append(contentsOf: "&quot;".utf8)
            case 39: out.append(contentsOf: "&#39;".utf8)
            default: out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static let name = "OKM_HTML"
    /// A line of its own before the template's first: a standalone tag leaves no text, and the
    /// template's own first line still starts a line (its standalone tags are removed as written).
    static let pragma = "{{% CONTENT_TYPE: \(name) }}\n"
    static func register() { MustacheContentTypes.register(FastHTMLContentType(), named: name) }
}
