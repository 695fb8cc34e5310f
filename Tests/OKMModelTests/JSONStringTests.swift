import Foundation
@testable import OKMModel
import Testing

/// okm's one JSON string writer (`JSONTree.quote`), used by the JSON Schema, the diagnostics,
/// the closures' data, the open data and the JSON-LD of pages.
@Suite struct JSONStringTests {
    static func quoted(_ s: String, scriptSafe: Bool = false) -> String {
        var out = ""
        JSONTree.quote(s, scriptSafe: scriptSafe, into: &out)
        return out
    }

    @Test(arguments: [
        ("Русе", false, #""Русе""#),
        ("„Закрита“ – 2015 г.", false, #""„Закрита“ – 2015 г.""#),  // E2-led characters that need nothing
        ("a \"b\" \\ c", false, #""a \"b\" \\ c""#),
        ("ред 1\nред 2\r\tкрай", false, #""ред 1\nред 2\r\tкрай""#),
        ("\u{8}\u{C}\u{1}", false, #""\u0008\u000c\u0001""#),
        ("a\u{2028}b\u{2029}", false, #""a\u2028b\u2029""#),
        ("</script><!-- & -->", false, #""</script><!-- & -->""#),
        ("</script><!-- & -->", true, #""\u003c/script\u003e\u003c!-- \u0026 --\u003e""#),
    ])
    func aStringIsWrittenAsJSONReadsItBack(text: String, scriptSafe: Bool, expected: String) throws {
        let written = Self.quoted(text, scriptSafe: scriptSafe)
        #expect(written == expected)
        let read = try JSONSerialization.jsonObject(with: Data(written.utf8), options: .fragmentsAllowed) as? String
        #expect(read == text)
    }
}
