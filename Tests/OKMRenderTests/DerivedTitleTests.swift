import Foundation
import Testing
@testable import OKMRender
import OKMLink
import OKMModel

/// A protocol without a title gets one in Render, from i18n, in the page's language (Link
/// keeps only its number and region).
@Suite struct DerivedTitleTests {
    @Test func aDerivedProtocolTitleIsBulgarianInABulgarianBuild() throws {
        let ctx = try ViewModelTests.context()
        let p = ctx.site.content.protocols[0]
        #expect(p.header.title == "Протокол № 3 от заседание на ОКМ – Русе")
        #expect(ctx.site.summary(p.header.id)?.title == "Протокол № 3 от заседание на ОКМ – Русе")
        #expect(ctx.link(p.header.id)?.titleLang == nil)
    }

    @Test func aDerivedProtocolTitleIsEnglishInAnEnglishBuild() throws {
        let ctx = try ViewModelTests.context(language: "en")
        let p = ctx.site.content.protocols[0]
        // The region has no name_en: its Bulgarian short name stays, inside an English title.
        #expect(p.header.title == "Minutes No. 3 of the meeting of the coordination mechanism – Русе")
        #expect(ctx.site.summary(p.header.id)?.title == p.header.title)
        #expect(ctx.view(p).title == p.header.title)
        // The derived title is English: not marked; the region's Bulgarian name is.
        #expect(ctx.link(p.header.id)?.titleLang == nil)
        #expect(ctx.view(p).docTitleLang == nil)
        #expect(ctx.link(DocumentID(.regions, "ruse"))?.titleLang == "bg")
    }

    @Test func theWordsComeFromTheCatalog() {
        let t = ["protocol_title": "Minutes", "protocol_title_numbered": "Minutes No. {number}", "protocol_title_in_region": "{title} – {region}"]
        #expect(DerivedTitles.protocolTitle(number: "2", regionName: "Ruse", t) == "Minutes No. 2 – Ruse")
        #expect(DerivedTitles.protocolTitle(number: nil, regionName: nil, t) == "Minutes")
    }

    /// An entity's `name_en` is its name in an English build, and only there.
    @Test func anEnglishNameIsUsedInAnEnglishBuild() throws {
        var names = Names(name: "Област Русе", short: "Русе")
        #expect(names.display(in: "en") == "Русе" && names.isForeign(in: "en"))
        names.english = "Ruse Province"
        #expect(names.display(in: "en") == "Ruse Province" && !names.isForeign(in: "en"))
        #expect(names.display(in: "bg") == "Русе" && !names.isForeign(in: "bg"))
    }
}
