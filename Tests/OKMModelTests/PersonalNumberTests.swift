import Testing
@testable import OKMModel

@Suite struct PersonalNumberTests {
    @Test func validEGN() {
        #expect(PersonalNumber.isValidEGN("6101047500"))   // published example, 1961-01-04
        #expect(PersonalNumber.isValidEGN("8523150017"))   // 1885-03-15 (month + 20)
        #expect(PersonalNumber.isValidEGN("0552311238"))   // 2005-12-31 (month + 40)
        #expect(PersonalNumber.isValidEGN("0042294562"))   // 2000-02-29, leap year
        #expect(PersonalNumber.isValidEGN("9945123454"))   // 2099-05-12
    }

    @Test(arguments: [
        "6101047501",   // wrong checksum
        "8013011232",   // month 13, checksum right
        "8002301230",   // 30 February 1980, checksum right
        "0002294563",   // 29 February 1900 (not a leap year), checksum right
        "61010475000",  // 11 digits
        "610104750",    // 9 digits
        "61010475a0",
        "６１０１０４７５００", // full-width digits
        "",
    ])
    func invalidEGN(_ s: String) {
        #expect(!PersonalNumber.isValidEGN(s))
    }

    @Test func lnch() {
        for s in ["1000000012", "1234567893", "9876543217", "1001001001"] {
            #expect(PersonalNumber.isValidLNCH(s), "\(s)")
            #expect(!PersonalNumber.isValidEGN(s), "\(s)")
        }
        #expect(!PersonalNumber.isValidLNCH("1234567890"))
        #expect(!PersonalNumber.isValidLNCH("123456789"))
        #expect(!PersonalNumber.isValidLNCH("12345678933"))
        #expect(!PersonalNumber.isValidLNCH("6101047500"))
        // Valid as both: reported as ЕГН by find.
        #expect(PersonalNumber.isValidLNCH("7501010004") && PersonalNumber.isValidEGN("7501010004"))
    }

    @Test func findWithPositions() {
        let text = """
        Заглавие
        ЕГН: 6101047500, ЛНЧ 1234567893.
        Тел. 0888123456 и 61010475000 и 161010475001
        x8523150017
        \u{1F600}7501010004 край 6101047501
        """
        let found = PersonalNumber.find(in: text)
        #expect(found == [
            PersonalNumberMatch(kind: .egn, value: "6101047500", line: 1, column: 6),
            PersonalNumberMatch(kind: .lnch, value: "1234567893", line: 1, column: 22),
            PersonalNumberMatch(kind: .egn, value: "8523150017", line: 3, column: 2),
            PersonalNumberMatch(kind: .egn, value: "7501010004", line: 4, column: 2),
        ])
        #expect(found.map(\.kind.rawValue) == ["ЕГН", "ЛНЧ", "ЕГН", "ЕГН"])
    }

    @Test func findEdges() {
        #expect(PersonalNumber.find(in: "") == [])
        #expect(PersonalNumber.find(in: "6101047500") == [
            PersonalNumberMatch(kind: .egn, value: "6101047500", line: 0, column: 1),
        ])
        #expect(PersonalNumber.find(in: "16101047500 61010475001 610104750").isEmpty)
        #expect(PersonalNumber.find(in: "a\r\nб\n\nвг 0552311238") == [
            PersonalNumberMatch(kind: .egn, value: "0552311238", line: 3, column: 4),
        ])
        // A larger text with the number after many Cyrillic scalars.
        let big = String(repeating: "Текст 123 ", count: 20_000) + "\n6101047500"
        let m = PersonalNumber.find(in: big)
        #expect(m == [PersonalNumberMatch(kind: .egn, value: "6101047500", line: 1, column: 1)])
    }

    @Test(arguments: [
        "1234567890",   // wrong check digit
        "1000000011",
        "0000000001",
        "9876543210",
        "12345678a3",
        "123456789",    // 9 digits
        "12345678933",  // 11 digits
        "１２３４５６７８９３", // full-width digits
        "",
    ])
    func invalidLNCH(_ s: String) {
        #expect(!PersonalNumber.isValidLNCH(s))
    }

    @Test func anLNCHThatIsNoEGNIsReportedAsLNCH() {
        // Month 55 is no month in any century: not an ЕГН, but the ЛНЧ check digit is right.
        #expect(PersonalNumber.isValidLNCH("5555555555") && !PersonalNumber.isValidEGN("5555555555"))
        #expect(PersonalNumber.find(in: "ЛНЧ 5555555555") == [
            PersonalNumberMatch(kind: .lnch, value: "5555555555", line: 0, column: 5),
        ])
        #expect(PersonalNumber.find(in: "ЛНЧ 5555555556").isEmpty)
    }

    /// The guard scans front matter as written: comments, flow lists and quoted values
    /// included, letters or punctuation right next to the digits changing nothing.
    @Test func findInFrontMatterAsWritten() {
        let frontMatter = """
        title: Среща на механизма
        # бележка: ЕГН 6101047500
        people: [ivan-petrov]  # ЛНЧ 5555555555
        summary: "Лице (ЕГН6101047500), тел. 0888 123 459, невалиден 6101047501"
        images: [{ src: a.jpg, alt: "ЛНЧ:1234567893" }]
        """
        #expect(PersonalNumber.find(in: frontMatter) == [
            PersonalNumberMatch(kind: .egn, value: "6101047500", line: 1, column: 16),
            PersonalNumberMatch(kind: .lnch, value: "5555555555", line: 2, column: 30),
            PersonalNumberMatch(kind: .egn, value: "6101047500", line: 3, column: 20),
            PersonalNumberMatch(kind: .lnch, value: "1234567893", line: 4, column: 34),
        ])
    }
}
