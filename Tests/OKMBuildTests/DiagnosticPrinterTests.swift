import Testing
@testable import OKMBuild

/// The source line under a diagnostic is found by bytes; it must be the line splitting the file
/// into `Character`s gives (what the printer did before), whatever ends the lines.
@Suite struct DiagnosticPrinterTests {
    static let texts: [String] = [
        "", "one", "one\n", "one\ntwo", "\n\n\n", "a\r\nb\rc\nd", "a\r\n\r\nb", "a\u{0B}b\u{0C}c", "a\u{85}b\u{2028}c\u{2029}d",
        "\u{FEFF}title: Протокол\nbody", "ред\u{301}\nе\u{301}\n", "\r", "\r\n", "x\n\u{301}y", "край\u{2028}", "a\u{2027}b\u{202A}c",
        "---\ntitle: „Детство“ – Русе\r\ndate: 2014-11-25\r\n---\r\nТекст № 2\n",
    ]

    static func byCharacters(_ text: String, _ n: Int) -> String? {
        var k = 1
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if k == n { return String(line) }
            k += 1
        }
        return nil
    }

    @Test(arguments: texts)
    func theLineByBytesIsTheLineByCharacters(_ text: String) {
        var text = text
        for n in 1...8 {
            let bytes = text.withUTF8 { DiagnosticPrinter.line(n, of: $0) }
            #expect(bytes == Self.byCharacters(text, n), "line \(n) of \(text.debugDescription)")
        }
    }
}
