import Testing
import OKMModel

/// `SafeURL`: the only ways to make an address a page may link, each with its check.
struct SafeURLTests {
    @Test(arguments: ["javascript:alert(1)", " Java\tScript:alert(1)", "\u{1}javascript:x", "JAVASCRIPT:x", "vbscript:x",
                      "data:text/html;base64,PHNjcmlwdD4=", "file:///etc/passwd", "java\nscript:x"])
    func aDangerousAddressFromTheContentIsRefused(_ address: String) {
        #expect(SafeURL(content: address) == nil)
    }

    @Test(arguments: ["https://example.org/a?b=c#d", "http://example.org", "mailto:a@example.org", "tel:+35929000000",
                      "/files/a.pdf", "a.pdf", "../b/c.jpg", "//example.org/x", "#top", "javascript"])
    func anyOtherAddressFromTheContentIsKeptAsWritten(_ address: String) {
        #expect(SafeURL(content: address)?.string == address)
    }

    @Test func aSitePathIsUnderTheRoot() {
        #expect(SafeURL.site(.list(.protocols)).string == "/protocols/")
        #expect(SafeURL.site(.list(.protocols), root: "/okm").string == "/okm/protocols/")
        #expect(SafeURL(sitePath: "/a/print/", root: "/okm").description == "/okm/a/print/")
        #expect(SafeURL(absolute: "https://example.org/okm", path: "/a/").string == "https://example.org/okm/a/")
    }

    @Test func fragmentsAndSrcsets() {
        #expect(SafeURL(fragment: "t-2").string == "#t-2")
        let a = SafeURL(sitePath: "/p/a-480.jpg"), b = SafeURL(sitePath: "/p/a-960.jpg")
        #expect(SafeURL.srcset([(a, 480), (b, 960)]).string == "/p/a-480.jpg 480w, /p/a-960.jpg 960w")
        // A fragment cannot give an address a scheme: a browser reads one only before `#`.
        let word = SafeURL(content: "javascript")!
        #expect(URLs.dangerousScheme(word.appendingFragment(":alert(1)").string) == nil)
        #expect(SafeURL(sitePath: "/a/").appendingFragment("decision-1").string == "/a/#decision-1")
    }
}
