import Foundation
import Testing
@testable import OKMBuild

/// The demo site as a reader sees it: no typewriter quotes in the visible text of any page,
/// and a date or a year never breaks before "г.". Attributes, scripts, styles and code are
/// not visible text and are not read.
@Suite struct TypographySiteTests {
    /// The text between tags of a page, without scripts, styles, comments and code.
    static func visibleText(_ html: String) -> String {
        var text = html
        for pattern in ["<script\\b[^>]*>[\\s\\S]*?</script>", "<style\\b[^>]*>[\\s\\S]*?</style>", "<!--[\\s\\S]*?-->",
                        "<pre\\b[^>]*>[\\s\\S]*?</pre>", "<code\\b[^>]*>[\\s\\S]*?</code>", "<[^>]*>"] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#34;", with: "\"")
    }

    @Test func visibleTextHasBulgarianQuotesAndNoBreakBeforeTheYearMark() throws {
        let b = BuiltSite(content: "content")
        defer { b.remove() }
        #expect(b.report.succeeded, "\(b.report.diagnostics)")
        let pages = b.files.filter { $0.hasSuffix(".html") }
        #expect(pages.count > 50)
        var quoted: [String] = [], broken: [String] = []
        for page in pages {
            let text = Self.visibleText(b.text(page))
            if let r = text.range(of: "[^\"]{0,30}\"", options: .regularExpression) {
                quoted.append("\(page): …\(text[r])")
            }
            if let r = text.range(of: "[0-9][ \\t\\n]+г\\.", options: .regularExpression) {
                broken.append("\(page): …\(text[r])")
            }
        }
        #expect(quoted.isEmpty, "\(quoted.count) pages show \" quotes: \(quoted.prefix(5))")
        #expect(broken.isEmpty, "\(broken.count) pages may break before 'г.': \(broken.prefix(5))")
    }
}
