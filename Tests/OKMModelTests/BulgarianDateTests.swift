import Testing
@testable import OKMModel

@Suite struct BulgarianDateTests {
    @Test func monthNames() {
        let bg = ["януари", "февруари", "март", "април", "май", "юни",
                  "юли", "август", "септември", "октомври", "ноември", "декември"]
        let en = ["January", "February", "March", "April", "May", "June",
                  "July", "August", "September", "October", "November", "December"]
        for m in 1...12 {
            #expect(BulgarianDate.monthName(m) == bg[m - 1])
            #expect(EnglishDate.monthName(m) == en[m - 1])
        }
        #expect(BulgarianDate.monthName(0) == "")
        #expect(BulgarianDate.monthName(13) == "")
    }

    @Test func formats() throws {
        let a = try #require(Day(year: 2014, month: 11, day: 25))
        let b = try #require(Day(year: 2015, month: 2, day: 4))
        #expect(BulgarianDate.long(a) == "25 ноември 2014 г.")
        #expect(BulgarianDate.numeric(a) == "25.11.2014 г.")
        #expect(BulgarianDate.monthYear(a) == "ноември 2014 г.")
        #expect(BulgarianDate.long(b) == "4 февруари 2015 г.")
        #expect(BulgarianDate.numeric(b) == "04.02.2015 г.")
        #expect(BulgarianDate.monthYear(b) == "февруари 2015 г.")
        #expect(EnglishDate.long(a) == "25 November 2014")
        #expect(EnglishDate.monthYear(a) == "November 2014")
        #expect(EnglishDate.long(b) == "4 February 2015")
        #expect(EnglishDate.monthYear(b) == "February 2015")
    }

    @Test func onlyPlainSpaces() throws {
        for m in 1...12 {
            let d = try #require(Day(year: 2020, month: m, day: 1))
            for s in [BulgarianDate.long(d), BulgarianDate.numeric(d), BulgarianDate.monthYear(d),
                      EnglishDate.long(d), EnglishDate.monthYear(d)] {
                #expect(!s.unicodeScalars.contains { $0.value == 0x202F || $0.value == 0x00A0 }, "\(s)")
                #expect(!s.unicodeScalars.contains { $0.properties.isWhitespace && $0 != " " }, "\(s)")
            }
        }
    }
}
