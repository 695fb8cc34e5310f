import OKMLoad
import Testing
import Yams

/// Issue 16, item 9: one writer of YAML scalars for `okm new`, `okm import` and the editor.
/// Each case: the text, how it must be written (nil: either way, so long as it reads back),
/// then the proof — Yams reads the written form back as the same string.
@Suite struct YAMLScalarTests {
    struct Case: Sendable, CustomStringConvertible {
        var text: String
        var block: String?
        var flow: String?
        var typed = false
        var description: String { text.debugDescription }
    }

    static let cases: [Case] = [
        // Plain: YAML reads them as the same text.
        Case(text: "Русе", block: "Русе", flow: "Русе"),
        Case(text: "Среща на ОКМ – Русе", block: "Среща на ОКМ – Русе", flow: "Среща на ОКМ – Русе"),
        Case(text: "a#b", block: "a#b", flow: "a#b"),
        Case(text: "http://rdsp.bg/a", block: "http://rdsp.bg/a", flow: "http://rdsp.bg/a"),
        Case(text: "a\\b", block: "a\\b", flow: "a\\b"),
        Case(text: "ДСП, гр. Русе", block: "ДСП, гр. Русе", flow: "\"ДСП, гр. Русе\""),   // `,` ends a plain scalar in flow only
        Case(text: "a]b", block: "a]b", flow: "\"a]b\""),
        Case(text: "{x}", block: "\"{x}\"", flow: "\"{x}\""),
        Case(text: "[x]", block: "\"[x]\"", flow: "\"[x]\""),
        // Indicators.
        Case(text: "Точка: 3", block: "\"Точка: 3\"", flow: "\"Точка: 3\""),
        Case(text: "край:", block: "\"край:\"", flow: "\"край:\""),
        Case(text: "a #b", block: "\"a #b\"", flow: "\"a #b\""),
        Case(text: "#b", block: "\"#b\"", flow: "\"#b\""),
        Case(text: "- точка", block: "\"- точка\"", flow: "\"- точка\""),
        Case(text: "-точка", block: nil, flow: nil),
        Case(text: "? въпрос", block: "\"? въпрос\"", flow: "\"? въпрос\""),
        Case(text: "*a", block: "\"*a\"", flow: "\"*a\""),
        Case(text: "&a", block: "\"&a\"", flow: "\"&a\""),
        Case(text: "!a", block: "\"!a\"", flow: "\"!a\""),
        Case(text: "|", block: "\"|\"", flow: "\"|\""),
        Case(text: "> а", block: "\"> а\"", flow: "\"> а\""),
        Case(text: "'цитат'", block: "\"'цитат'\"", flow: "\"'цитат'\""),
        Case(text: "\"цитат\"", block: "\"\\\"цитат\\\"\"", flow: "\"\\\"цитат\\\"\""),
        Case(text: "%a", block: "\"%a\"", flow: "\"%a\""),
        Case(text: "@a", block: "\"@a\"", flow: "\"@a\""),
        Case(text: "`a`", block: "\"`a`\"", flow: "\"`a`\""),
        // Words and numbers YAML would retype.
        Case(text: "yes", block: "\"yes\"", flow: "\"yes\""),
        Case(text: "no", block: "\"no\"", flow: "\"no\""),
        Case(text: "true", block: "\"true\"", flow: "\"true\""),
        Case(text: "False", block: "\"False\"", flow: "\"False\""),
        Case(text: "null", block: "\"null\"", flow: "\"null\""),
        Case(text: "~", block: "\"~\"", flow: "\"~\""),
        Case(text: "12", block: "\"12\"", flow: "\"12\""),
        Case(text: "-5", block: "\"-5\"", flow: "\"-5\""),
        Case(text: "1.5", block: "\"1.5\"", flow: "\"1.5\""),
        Case(text: "1e3", block: "\"1e3\"", flow: "\"1e3\""),
        Case(text: "0x1F", block: "\"0x1F\"", flow: "\"0x1F\""),
        Case(text: ".inf", block: "\".inf\"", flow: "\".inf\""),
        Case(text: "2015-03-10", block: "\"2015-03-10\"", flow: "\"2015-03-10\""),
        Case(text: "12/2015", block: "12/2015", flow: "12/2015"),
        // A typed field (number, yes/no, date) stands plain as what it is.
        Case(text: "12", block: "12", flow: "12", typed: true),
        Case(text: "yes", block: "yes", flow: "yes", typed: true),
        Case(text: "2015-03-10", block: "2015-03-10", flow: "2015-03-10", typed: true),
        Case(text: "12: 3", block: "\"12: 3\"", flow: "\"12: 3\"", typed: true),
        // Spaces, line ends, control characters, the empty text.
        Case(text: "", block: "\"\"", flow: "\"\""),
        Case(text: " а", block: "\" а\"", flow: "\" а\""),
        Case(text: "а ", block: "\"а \"", flow: "\"а \""),
        Case(text: "ред 1\nред 2", block: "\"ред 1\\nред 2\"", flow: "\"ред 1\\nред 2\""),
        Case(text: "ред\r\n", block: "\"ред\\r\\n\"", flow: "\"ред\\r\\n\""),
        Case(text: "а\u{1}б", block: "\"а\\x01б\"", flow: "\"а\\x01б\""),
        Case(text: "а\u{7F}б", block: "\"а\\x7Fб\"", flow: "\"а\\x7Fб\""),
        Case(text: "а\tб", block: nil, flow: nil),
        Case(text: "\tа", block: "\"\\tа\"", flow: "\"\\tа\""),
        Case(text: "Дете и семейство „Надежда“ — Ямбол", block: "Дете и семейство „Надежда“ — Ямбол", flow: "Дете и семейство „Надежда“ — Ямбол"),
    ]

    @Test(arguments: cases) func aScalarIsWrittenAsTheTableSaysAndReadsBackAsTheSameText(_ c: Case) throws {
        let block = YAMLScalar.write(c.text, typed: c.typed)
        let flow = YAMLScalar.write(c.text, typed: c.typed, in: .flow)
        if let want = c.block { #expect(block == want) }
        if let want = c.flow { #expect(flow == want) }
        // Read back by the parser the loader uses: as a block value, a list item, and inside [ ] and { }.
        for (yaml, path) in [("k: \(block)\n", 0), ("- \(block)\n", 1), ("k: [\(flow)]\n", 2), ("k: { a: \(flow), b: x }\n", 3)] {
            let node = try #require(try Yams.compose(yaml: yaml), "\(yaml)")
            let value: Node?
            switch path {
            case 0: value = node["k"]
            case 1: value = node[0]
            case 2: value = node["k"]?[0]
            default: value = node["k"]?["a"]
            }
            let scalar = try #require(value?.scalar, "\(yaml)")
            #expect(scalar.string == c.text, "\(yaml)")
            if !c.typed, scalar.style == .plain {
                #expect(value?.int == nil && value?.float == nil && value?.bool == nil && value?.null == nil && value?.timestamp == nil, "\(yaml) is retyped")
            }
        }
    }
}
