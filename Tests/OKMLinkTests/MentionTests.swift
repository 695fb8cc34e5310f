import Testing
@testable import OKMLink
import OKMModel

@Suite struct MentionTests {
    static func pattern(_ kind: Kind, _ slug: String, _ form: String) -> MentionPattern {
        MentionPattern(id: DocumentID(kind, slug), form: form, caseSensitive: !MentionAutomaton.hasLowercase(form),
                       scalars: form.unicodeScalars.map(\.value))
    }

    @Test func automatonFindsEveryFormOnWholeWords() {
        let a = MentionAutomaton([
            Self.pattern(.institutions, "dmsgd-ruse", "ДМСГД – Русе"),
            Self.pattern(.organizations, "asp", "АСП"),
            Self.pattern(.organizations, "obshtina-ruse", "Община Русе"),
        ])
        let text = Array("В ДМСГД – Русе и (АСП), но не в АСПИРАНТ; община Русе.".unicodeScalars)
        let found = MentionAutomaton.select(a.matches(in: text)).map { a.patterns[$0.pattern].id.slug }
        #expect(found == ["dmsgd-ruse", "asp", "obshtina-ruse"])
    }
}
