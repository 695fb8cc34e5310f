import Testing
@testable import OKMMarkdown
@testable import OKMModel

/// Bulgarian typography on the way out: each rule, nesting, quotes at the ends of a line,
/// what is left alone. `~` in the expected text stands for a no-break space.
@Suite struct TypographyTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let input: String
        let expected: String
        var testDescription: String { input }
    }

    static let cases: [Case] = [
        // quotes: every style becomes „…“
        Case(input: "Проект \"Детство\" в Русе", expected: "Проект „Детство“ в Русе"),
        Case(input: "Проект „Детство” в Русе", expected: "Проект „Детство“ в Русе"),
        Case(input: "Проект „Детство\" в Русе", expected: "Проект „Детство“ в Русе"),
        Case(input: "Проект «Детство» в Русе", expected: "Проект „Детство“ в Русе"),
        Case(input: "Проект „Детство“ в Русе", expected: "Проект „Детство“ в Русе"),
        Case(input: "Проект “Детство” в Русе", expected: "Проект „Детство“ в Русе"),
        // nesting: «…» only inside „…“
        Case(input: "Сдружение \"Фондация \"Детски свят\" – Русе\"", expected: "Сдружение „Фондация «Детски свят»~– Русе“"),
        Case(input: "„Проект «Семейство» за деца“", expected: "„Проект «Семейство» за деца“"),
        // a quote at the start and the end of the text, next to punctuation
        Case(input: "\"Закрита\" е институцията", expected: "„Закрита“ е институцията"),
        Case(input: "Обявено като \"приключило\"", expected: "Обявено като „приключило“"),
        Case(input: "(\"Русе\"), \"Бяла\".", expected: "(„Русе“), „Бяла“."),
        // apostrophes are left as written
        Case(input: "Д'Артанян и О'Нийл", expected: "Д'Артанян и О'Нийл"),
        // a spaced hyphen is a dash with a no-break space before it; a word's hyphen stays
        Case(input: "механизъм - модел", expected: "механизъм~– модел"),
        Case(input: "механизъм -- модел", expected: "механизъм~– модел"),
        Case(input: "механизъм – модел", expected: "механизъм~– модел"),
        Case(input: "социално-икономически", expected: "социално-икономически"),
        Case(input: "2014-2016", expected: "2014-2016"),
        // no-break space after titles and abbreviations, as whole words only
        Case(input: "г-н Станчев и г-жа Личева", expected: "г-н~Станчев и г-жа~Личева"),
        Case(input: "Г-н Станчев, д-р Иванова, проф. Петров", expected: "Г-н~Станчев, д-р~Иванова, проф.~Петров"),
        Case(input: "Протокол № 2/2014 по т. 1, ал. 3 от чл. 5", expected: "Протокол №~2/2014 по т.~1, ал.~3 от чл.~5"),
        Case(input: "ст. 5 и път. Русе", expected: "ст. 5 и път. Русе"),
        // a number keeps its unit and its date
        Case(input: "до 2015 г. в 10 ч. с 40 % и 1200 лв. и 5 лв", expected: "до 2015~г. в 10~ч. с 40~% и 1200~лв. и 5~лв"),
        Case(input: "на 25 ноември 2014 г.", expected: "на 25~ноември 2014~г."),
        Case(input: "5 гр. и 3 часа", expected: "5 гр. и 3 часа"),
        Case(input: "2014 годишен", expected: "2014 годишен"),
        // a space at the end, or two, stay spaces
        Case(input: "г-н ", expected: "г-н "),
    ]

    @Test(arguments: cases) func rule(_ c: Case) {
        #expect(Typography.bulgarian(c.input) == c.expected.replacingOccurrences(of: "~", with: "\u{00A0}"))
    }

    @Test func onlyBulgarianTextIsChanged() {
        #expect(Typography.ifBulgarian("The \"closure\" page - 40 %") == "The \"closure\" page - 40 %")
        #expect(Typography.ifBulgarian("https://example.org/a-b?x=1") == "https://example.org/a-b?x=1")
        #expect(Typography.ifBulgarian("Страница \"закриване\"") == "Страница „закриване“")
    }

    @Test func aQuoteOpenedBeforeBoldClosesAfterIt() {
        let html = HTMLRenderer(typography: true).render(Cmark.parse("Решение \"**важно**\" и `\"код\"`.\n").body.blocks)
        #expect(html == "<p>Решение „<strong>важно</strong>“ и <code>&quot;код&quot;</code>.</p>\n")
    }

    @Test func aQuoteAtALineStartInMarkdown() {
        let html = HTMLRenderer(typography: true).render(Cmark.parse("Каза:\n\"Да\" - и излезе.\n").body.blocks)
        #expect(html == "<p>Каза:\n„Да“\u{00A0}– и излезе.</p>\n")
    }

    @Test func codeBlocksAndEnglishParagraphsAreLeftAlone() {
        let md = "```\n\"код\" - 5 %\n```\n\nThe \"word\" - here.\n"
        #expect(HTMLRenderer(typography: true).render(Cmark.parse(md).body.blocks) == Cmark.referenceHTML(md))
    }
}
