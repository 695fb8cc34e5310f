import Testing
@testable import OKMLink
@testable import OKMLoad
@testable import OKMModel

/// Issue 18, item 3: each meeting of a mechanism has its own number, anew each year by default
/// or continuously when site.yml or the region says so; `okm new` proposes the next one by that rule.
@Suite struct ProtocolNumbersTests {
    static func protocolFile(_ number: String, _ date: String) -> String {
        "---\nregion: ruse\nnumber: \"\(number)\"\ndate: \(date)\n---\nТекст.\n"
    }

    static let message2014 = "this mechanism numbers its protocols anew each year, and № 2 of 2014 is already"

    @Test func aNumberTakenTwiceInOneYearIsAnErrorAtTheLaterProtocol() {
        let c = LinkTestContent([
            "protocols/2014/ruse-2014-06-10.md": Self.protocolFile("2", "2014-06-10"),
            "protocols/2014/ruse-2014-11-25.md": Self.protocolFile("2", "2014-11-25"),
        ])
        let lines = c.lines(c.link().diagnostics, for: "protocols/2014/ruse-2014-11-25.md")
        #expect(lines.contains("3:9: \(Self.message2014) \(c.path("protocols/2014/ruse-2014-06-10.md")): give this protocol its own number"),
                "\(lines)")
        #expect(c.lines(c.link().diagnostics, for: "protocols/2014/ruse-2014-06-10.md").isEmpty)
    }

    @Test func yearlyNumbersStartAgainEachYear() {
        let c = LinkTestContent([
            "protocols/2014/ruse-2014-11-25.md": Self.protocolFile("1", "2014-11-25"),
            "protocols/2015/ruse-2015-02-17.md": Self.protocolFile("1", "2015-02-17"),
            "protocols/2015/kardzhali-2015-02-17.md": Self.protocolFile("1", "2015-02-17").replacingOccurrences(of: "region: ruse", with: "region: kardzhali"),
        ])
        #expect(c.link().diagnostics.filter { $0.message.contains("numbers its protocols") }.isEmpty)
    }

    /// Issue 19: a protocol dated as an archive writes it counts in its year when the year is
    /// known (`2016-09`, `2016~`); when it is not (`2016/..`), its number is its own case.
    @Test func anInexactDateNumbersInItsKnownYearOnly() {
        let c = LinkTestContent([
            "protocols/2016/ruse-2016-09.md": Self.protocolFile("2", "2016-09"),
            "protocols/2016/ruse-2016-okolo.md": Self.protocolFile("2", "2016~"),
            "protocols/ruse-sled-2016.md": Self.protocolFile("2", "2016/.."),
            "protocols/ruse-predi-2016.md": Self.protocolFile("2", "../2016"),
        ])
        let d = c.link().diagnostics.filter { $0.message.contains("numbers its protocols") }
        #expect(d.map(\.location.path) == [c.path("protocols/2016/ruse-2016-09.md")], "\(d)")
        #expect(d.first?.message.contains("№ 2 of 2016 is already") == true, "\(d)")
    }

    @Test func continuousNumbersAreTakenOnceOverTheYears() {
        let c = LinkTestContent([
            "site.yml": "title: Тест\nbase_url: /\nlanguage: bg\nprotocol_numbering: continuous\n",
            "protocols/2014/ruse-2014-11-25.md": Self.protocolFile("3", "2014-11-25"),
            "protocols/2015/ruse-2015-02-17.md": Self.protocolFile("3", "2015-02-17"),
        ])
        let lines = c.lines(c.link().diagnostics, for: "protocols/2015/ruse-2015-02-17.md")
        #expect(lines.contains("3:9: this mechanism numbers its protocols continuously, and № 3 is already \(c.path("protocols/2014/ruse-2014-11-25.md")): give this protocol its own number"), "\(lines)")
    }

    @Test func aRegionsMechanismMayNumberOtherwiseThanTheSite() {
        let c = LinkTestContent([
            "regions/ruse.md": "---\nname: Област Русе\nshort: Русе\nmechanism:\n  numbering: continuous\n---\n",
            "protocols/2014/ruse-2014-11-25.md": Self.protocolFile("3", "2014-11-25"),
            "protocols/2015/ruse-2015-02-17.md": Self.protocolFile("3", "2015-02-17"),
        ])
        #expect(c.link().diagnostics.contains { $0.message.hasPrefix("this mechanism numbers its protocols continuously") })
        let content = c.load().content
        #expect(ProtocolNumbers.next(region: "ruse", on: Day(year: 2015, month: 5, day: 1)!, content) == 4)
        #expect(ProtocolNumbers.next(region: "kardzhali", on: Day(year: 2015, month: 5, day: 1)!, content) == 1)
    }

    @Test func theNextNumberFollowsTheRule() {
        let c = LinkTestContent([
            "protocols/2014/ruse-2014-11-25.md": Self.protocolFile("2", "2014-11-25"),
            "protocols/2015/ruse-2015-02-17.md": Self.protocolFile("1", "2015-02-17"),
        ])
        let content = c.load().content
        #expect(ProtocolNumbers.next(region: "ruse", on: Day(year: 2015, month: 5, day: 20)!, content) == 2)
        #expect(ProtocolNumbers.next(region: "ruse", on: Day(year: 2016, month: 1, day: 10)!, content) == 1)
        #expect(ProtocolNumbers.next(region: "ruse", on: Day(year: 2014, month: 12, day: 1)!, content) == 3)
    }

    @Test func anUnknownRuleIsAnErrorAtItsValue() {
        let c = LinkTestContent(["site.yml": "title: Тест\nbase_url: /\nlanguage: bg\nprotocol_numbering: yearlly\n"])
        #expect(c.load().diagnostics.map(\.message).contains("'protocol_numbering' must be one of yearly, continuous; found 'yearlly' (did you mean 'yearly'?)"))
    }
}
