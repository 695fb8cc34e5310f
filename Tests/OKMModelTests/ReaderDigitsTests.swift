import Testing
import OKMModel

/// Issue 15, hole 5: the ЕГН 6101047500 hidden in the ways the probe published it, and text
/// that must not be taken for a number. Each row: the text, how it is read, the number found.
@Suite struct ReaderDigitsTests {
    static let egn = "6101047500"

    static let hidden: [(String, ReaderDigits.Mode)] = [
        ("Казус 6101047500.", .plain),
        ("&#54;101047500", .markdown),
        ("&#x36;101047500", .html),
        ("&#54;&#49;01047500", .html),
        ("&#x36&#x31;01047500", .html),                // a numeric reference without its ';' (browsers read it)
        ("6101**04**7500", .markdown),
        ("6101`04`7500", .markdown),
        ("6101_04_7500", .markdown),
        ("6101\\-047500", .markdown),
        ("6101<!-- -->047500", .markdown),
        ("6101<!-- x -->047500", .html),
        ("<p>6101<strong>04</strong>7500</p>", .html),
        ("<code>6101</code>04<code>7500</code>", .html),
        ("<p>6101<span class=\"x\">047500</span></p>", .html),
        ("610104-7500", .plain),
        ("610104 - 7500", .html),
        ("6101 04 7500", .html),
        ("6101&nbsp;04&ndash;7500", .html),
        ("6101&shy;047500", .html),
        ("6101\u{00AD}047500", .plain),
        ("6101\u{200B}047500", .plain),
        ("6101\u{2011}04\u{2009}7500", .plain),
        ("６１０１０４７５００", .plain),                    // full-width digits
        ("x \\u0036101047500", .plain),
        ("\"\\x36101047500\"", .plain),
        ("%36101047500", .plain),
        ("DESCRIPTION:казус 61010\r\n 47500", .plain),   // an iCalendar line folded inside the number
        ("6101<br>047500", .html),
        ("<img alt=\"ЕГН 6101 047500\" src=\"a.jpg\">", .html),
        ("<a href=\"/news/2015/kazus-6101047500/\">казус</a>", .html),
        ("<![CDATA[6101047500]]>", .html),
        ("12 6101047500 3", .plain),
    ]

    @Test(arguments: hidden.indices)
    func aHiddenNumberIsFound(_ k: Int) {
        let (text, mode) = Self.hidden[k]
        let found = ReaderDigits.find(in: text, mode: mode)
        #expect(found.map(\.value) == [Self.egn], "\(text.debugDescription) read as \(mode)")
        #expect(found.first?.kind == .egn)
    }

    static let harmless: [(String, ReaderDigits.Mode)] = [
        ("<td>6101</td><td>047500</td>", .html),          // two table cells are two numbers
        ("<li>6101</li>\n<li>047500</li>", .html),
        ("№ 2/25.11.2014 г.", .plain),
        ("Днес, 25.11.2014 г., от 10.00 ч.", .plain),
        ("25.11.2014 10.00", .plain),
        ("6101.04.7500", .plain),                          // dots end a number: dates are written so
        ("61010475001", .plain),                           // eleven digits
        ("6101047501", .plain),                            // a wrong checksum
        ("6101abc047500", .plain),
        ("6101\n\n047500", .markdown),                     // two paragraphs
        ("6101    047500", .plain),                        // four spaces: two numbers
        ("ruse-2-2014-1-1", .plain),
        ("2014-11-25T10:00", .plain),
        ("&amp;#54;101047500", .html),                     // the reader sees "&#54;101047500"
        ("<p>6101</p><p>047500</p>", .html),
    ]

    @Test(arguments: harmless.indices)
    func textThatIsNotANumberIsLeftAlone(_ k: Int) {
        let (text, mode) = Self.harmless[k]
        #expect(ReaderDigits.find(in: text, mode: mode).isEmpty, "\(text.debugDescription) read as \(mode)")
    }

    @Test func aLNCHCountsOnlyWhenItsDigitsAreWrittenTogether() {
        #expect(ReaderDigits.find(in: "ЛНЧ 1234567893", mode: .plain).map(\.kind) == [.lnch])
        #expect(ReaderDigits.find(in: "1234<em>567893</em>", mode: .html).map(\.kind) == [.lnch])
        // Split by a separator only an ЕГН counts: one ten-digit number in ten passes a ЛНЧ's checksum.
        #expect(ReaderDigits.find(in: "1234 567893", mode: .plain).isEmpty)
    }

    @Test func theFirstDigitIsWhereTheNumberIsReported() {
        let found = ReaderDigits.find(in: "a\nб б &#54;101047500", mode: .html)
        #expect(found.count == 1)
        #expect(found.first?.line == 1)
        #expect(found.first?.column == 5)
    }

    @Test func everyNumberOfALongTextIsFound() {
        let text = String(repeating: "<p>Текст 1234 и 2014-11-25.</p>\n", count: 2000) + "<p>6101 047500</p>" + "<p>8523150017</p>"
        #expect(ReaderDigits.find(in: text, mode: .html).map(\.value) == [Self.egn, "8523150017"])
    }
}
