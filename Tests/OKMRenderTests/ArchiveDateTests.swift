import Foundation
import Testing
@testable import OKMRender
import OKMModel

/// Issue 19, item 1: dates as archives write them (EDTF level 1). Each valid text with what
/// readers see in Bulgarian and English, the earliest and latest day it can be and whether its
/// year is known; each invalid one with its message.
@Suite struct ArchiveDateTests {
    struct Valid: Sendable, CustomStringConvertible {
        var text, bg, en: String
        var earliest, latest: String?
        var year: Int?
        var exact: Bool = false
        var description: String { text }
    }

    static let valid: [Valid] = [
        Valid(text: "2014-11-25", bg: "25 ноември 2014 г.", en: "25 November 2014", earliest: "2014-11-25", latest: "2014-11-25", year: 2014, exact: true),
        Valid(text: "2016", bg: "2016 г.", en: "2016", earliest: "2016-01-01", latest: "2016-12-31", year: 2016),
        Valid(text: "2016-09", bg: "септември 2016 г.", en: "September 2016", earliest: "2016-09-01", latest: "2016-09-30", year: 2016),
        Valid(text: "2016-02", bg: "февруари 2016 г.", en: "February 2016", earliest: "2016-02-01", latest: "2016-02-29", year: 2016),
        Valid(text: "2016~", bg: "около 2016 г.", en: "circa 2016", earliest: "2016-01-01", latest: "2016-12-31", year: 2016),
        Valid(text: "2016?", bg: "2016 г.(?)", en: "2016 (?)", earliest: "2016-01-01", latest: "2016-12-31", year: 2016),
        Valid(text: "2016%", bg: "около 2016 г.(?)", en: "circa 2016 (?)", earliest: "2016-01-01", latest: "2016-12-31", year: 2016),
        Valid(text: "2016-09-25~", bg: "около 25 септември 2016 г.", en: "circa 25 September 2016", earliest: "2016-09-25", latest: "2016-09-25", year: 2016),
        Valid(text: "201X", bg: "2010-те години", en: "the 2010s", earliest: "2010-01-01", latest: "2019-12-31", year: nil),
        Valid(text: "20XX", bg: "2000–2099 г.", en: "2000–2099", earliest: "2000-01-01", latest: "2099-12-31", year: nil),
        Valid(text: "2016-XX", bg: "2016 г.", en: "2016", earliest: "2016-01-01", latest: "2016-12-31", year: 2016),
        Valid(text: "2016-09-XX", bg: "септември 2016 г.", en: "September 2016", earliest: "2016-09-01", latest: "2016-09-30", year: 2016),
        Valid(text: "2016/..", bg: "след 2016 г.", en: "after 2016", earliest: "2016-01-01", latest: nil, year: nil),
        Valid(text: "../2016", bg: "преди 2016 г.", en: "before 2016", earliest: nil, latest: "2016-12-31", year: nil),
        Valid(text: "2016/2018", bg: "2016–2018 г.", en: "2016–2018", earliest: "2016-01-01", latest: "2018-12-31", year: nil),
        Valid(text: "2016-09/2017-03", bg: "септември 2016 г. – март 2017 г.", en: "September 2016 – March 2017", earliest: "2016-09-01", latest: "2017-03-31", year: nil),
        Valid(text: "2016-03/2016-09", bg: "март 2016 г. – септември 2016 г.", en: "March 2016 – September 2016", earliest: "2016-03-01", latest: "2016-09-30", year: 2016),
        Valid(text: "2016~/..", bg: "след около 2016 г.", en: "after circa 2016", earliest: "2016-01-01", latest: nil, year: nil),
    ]

    static let invalid: [(text: String, message: String)] = [
        ("2016-13", "'2016-13': there is no month 13 (01–12; seasons 21–24 are not accepted)"),
        ("2016-02-30", "2016-02-30 is not a date in the calendar"),
        ("2015-13-01", "2015-13-01 is not a date in the calendar"),
        ("2018/2016", "the interval ends (2016) before it begins (2018)"),
        ("20166", "'20166': a year has four digits (YYYY), found '20166'"),
        ("2016~?x", "'2016~?x' is not \(Self.expected)"),
        ("2016~?", "'2016~?' has two qualifiers: write one of ~ (approximate), ? (uncertain) or % (both) at its end"),
        ("2X16", "'2X16': X stands for the last digits of a year only (201X, 20XX)"),
        ("2XXX", "'2XXX': at most the last two digits of a year can be X (20XX)"),
        ("201X-09", "'201X-09': when the year has X, the month and the day are XX too"),
        ("2016-XX-05", "'2016-XX-05': a day cannot be known when its month is XX"),
        ("2016-0X", "'2016-0X': a month is two digits or XX, found '0X'"),
        ("2016/", "an interval needs both ends: write '..' for an open end (2016/.., ../2016)"),
        ("../..", "an interval cannot be open at both ends"),
        ("..", "'..' (open) is only one end of an interval, as in 2016/.."),
        ("2016/2017/2018", "an interval has one '/' between its two ends"),
        ("25.11.2014", "'25.11.2014' is not \(Self.expected)"),
        ("0000", "'0000': there is no year 0000"),
    ]

    /// What okm reads as an archive date, as the catalog's `edtf.notADate` says it in English.
    static let expected = "a date written YYYY-MM-DD, YYYY-MM or YYYY, with ~ ? or % at its end, X for unknown digits (201X, 2016-XX), or an interval A/B with '..' for an open end (2016/..)"

    @Test(arguments: valid) func aValidDateReadsAndSortsAsTheArchiveMeansIt(_ v: Valid) throws {
        let a = try ArchiveDate.parse(v.text).get()
        #expect(a.text == v.text)
        #expect(a.earliest?.iso == v.earliest)
        #expect(a.latest?.iso == v.latest)
        #expect(a.knownYear == v.year)
        #expect((a.exactDay != nil) == v.exact)
        let bg = try ViewModelTests.context(language: "bg")
        let en = try ViewModelTests.context(language: "en")
        #expect(bg.date(a) == v.bg)
        #expect(en.date(a) == v.en)
    }

    @Test(arguments: invalid.map(\.text)) func anInvalidDateSaysWhatIsWrong(_ text: String) {
        let expected = Self.invalid.first { $0.text == text }!.message
        switch ArchiveDate.parse(text) {
        case .success(let a): Issue.record("\(text) was read as \(a.earliest?.iso ?? "..")–\(a.latest?.iso ?? "..")")
        case .failure(let e): #expect(e.message == expected)
        }
    }

    /// Lists sort by the earliest day: an open start first, ties as before.
    @Test func theEarliestDayOrdersDates() throws {
        let texts = ["2016/..", "2016-09~", "../2016", "2015-04-02", "201X"]
        let sorted = try texts.map { try ArchiveDate.parse($0).get() }.sorted { ($0.earliest?.iso ?? "", $0.text) < ($1.earliest?.iso ?? "", $1.text) }
        #expect(sorted.map(\.text) == ["../2016", "201X", "2015-04-02", "2016/..", "2016-09~"])
    }

    @Test func aRecordWithoutAKnownYearIsUnderUndated() throws {
        let id = DocumentID(.events, "sreshta")
        #expect(URLs.path(of: id, archiveDate: try ArchiveDate.parse("2016/..").get()) == "/events/undated/sreshta/")
        #expect(URLs.path(of: id, archiveDate: try ArchiveDate.parse("2016-09~").get()) == "/events/2016/sreshta/")
        #expect(URLs.path(of: id, archiveDate: try ArchiveDate.parse("2014-11-25").get()) == URLs.path(of: id, date: Day(year: 2014, month: 11, day: 25)))
    }
}
