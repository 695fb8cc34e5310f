import Foundation
import Testing
@testable import OKMLoad
@testable import OKMModel

/// `accessibility:` in site.yml: the statement of EU Decision 2018/1523.
@Suite struct AccessibilityDecodeTests {
    static let head = "title: ОКМ\nbase_url: \"https://okm.example.bg/\"\n"

    @Test func fullStatement() throws {
        let site = Self.head + """
        accessibility:
          status: partially-compliant
          standard: EN 301 549 V3.2.1
          prepared: 2026-01-15
          reviewed: 2026-11-23
          method: third-party
          contact: { email: a@okm.example.bg, phone: 082 000 000, address: гр. Русе }
          non_compliant: [Сканираните протоколи]
          disproportionate_burden: Архивът от 2012 г.
          out_of_scope: []
          enforcement: { title: Органът, url: "https://example.bg/" }
        """
        let c = TempContent(site: site)
        let r = c.load()
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        let a = try #require(r.content.settings.accessibility)
        #expect(a.status == .partiallyCompliant)
        #expect(a.standard == "EN 301 549 V3.2.1")
        #expect(a.prepared == Day(year: 2026, month: 1, day: 15))
        #expect(a.reviewed == Day(year: 2026, month: 11, day: 23))
        #expect(a.method == .thirdParty)
        #expect(a.contact == .init(email: "a@okm.example.bg", phone: "082 000 000", address: "гр. Русе"))
        #expect(a.nonCompliant == ["Сканираните протоколи"])
        #expect(a.disproportionateBurden == ["Архивът от 2012 г."])
        #expect(a.outOfScope == [])
        #expect(a.enforcement == SourceLink(title: "Органът", url: "https://example.bg/"))
    }

    @Test func shortFormWithDefaults() throws {
        let c = TempContent(site: Self.head + "accessibility: { status: compliant, reviewed: 2026-11-23, contact: a@okm.example.bg }\n")
        let r = c.load()
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        let a = try #require(r.content.settings.accessibility)
        #expect(a.status == .compliant)
        #expect(a.contact.email == "a@okm.example.bg")
        #expect(a.method == .selfAssessment)
        #expect(a.standard == AccessibilityStatement.defaultStandard)
        #expect(TempContent(site: Self.head).load().content.settings.accessibility == nil)
    }

    @Test func problemsAreReportedAtTheirLines() {
        let site = Self.head + """
        accessibility:
          status: partly
          reviewd: 2026-11-23
          prepared: 2026-12-01
          contact: { fax: 1 }

        """
        let c = TempContent(site: site)
        let r = c.load()
        #expect(c.diagnostics(r, for: "site.yml") == [
            "4:3: 'accessibility' is missing the required field 'reviewed' (a date written YYYY-MM-DD)",
            "4:11: 'status' must be one of compliant, partially-compliant, non-compliant; found 'partly'",
            "5:3: unknown field 'reviewd' in 'accessibility' (did you mean 'reviewed'?)",
            "7:12: 'contact' is missing the required field 'email' (or 'phone' or 'address')",
            "7:14: unknown field 'fax' in 'contact'",
        ])
        #expect(r.content.settings.accessibility == nil)
    }

    @Test func reviewBeforePreparationIsAnError() {
        let site = Self.head + "accessibility:\n  status: compliant\n  prepared: 2026-12-01\n  reviewed: 2026-11-23\n  contact: a@b.bg\n"
        let c = TempContent(site: site)
        #expect(c.diagnostics(c.load(), for: "site.yml") == ["6:13: 'reviewed' (2026-11-23) is before 'prepared' (2026-12-01)"])
    }
}
