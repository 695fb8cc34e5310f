import Testing
import OKMModel
@testable import OKMRender

/// The collision finder: one dictionary of paths, an error at the record naming the other claimant.
@Suite struct OutputClaimsTests {
    static let news = DocumentID(.news, "2015")
    static let page = DocumentID(.pages, "x")
    static let event = DocumentID(.events, "x")
    static func locate(_ id: DocumentID) -> OKMModel.SourceLocation? {
        OKMModel.SourceLocation(path: "content/\(id.kind.folder)/\(id.slug).md", line: 1, column: 1)
    }

    @Test func aRecordOnAGeneratedPathIsReportedAtTheRecordNamingTheGeneratedPage() {
        let claims = [OutputClaim(path: "news/2015/index.html", owner: .generated("list page")),
                      OutputClaim(path: "news/index.html", owner: .generated("list page")),
                      OutputClaim(path: "news/2015/index.html", owner: .record(Self.news))]
        let found = OutputClaims.collisions(claims, locate: Self.locate).map(\.description)
        #expect(found == ["content/news/2015.md:1:1: error: this record's page /news/2015/ is also where okm writes the generated list page, so one would replace the other: rename the file or set 'slug:'"])
        // In Bulgarian the generated page is named in Bulgarian too.
        #expect(OutputClaims.collisions(claims, locate: Self.locate).map { $0.line(in: .bg) }
                == ["content/news/2015.md:1:1: error: страницата на този запис /news/2015/ е и мястото, където okm записва страницата със списък, така че едната ще замени другата: преименувайте файла или задайте „slug:“ [OKM5021]"])
    }

    @Test func twoRecordsOfDifferentKindsAreReportedAtTheLaterFileNamingTheOther() {
        let claims = [OutputClaim(path: "x/index.html", owner: .record(Self.page)),
                      OutputClaim(path: "x/index.html", owner: .record(Self.event))]
        let found = OutputClaims.collisions(claims, locate: Self.locate).map(\.description)
        #expect(found == ["content/pages/x.md:1:1: error: this record's page /x/ is also the page of content/events/x.md, so one would replace the other: rename one of the files or set 'slug:'"])
        #expect(OutputClaims.collisions(claims, locate: Self.locate).map { $0.line(in: .bg) }
                == ["content/pages/x.md:1:1: error: страницата на този запис /x/ е и страница на content/events/x.md, така че едната ще замени другата: преименувайте единия файл или задайте „slug:“ [OKM5020]"])
    }

    @Test func distinctPathsSameKindDuplicatesAndSkippedRecordsAreNotReported() {
        let distinct = [OutputClaim(path: "a/index.html", owner: .record(Self.page)),
                        OutputClaim(path: "a/feed.xml", owner: .generated("feed"))]
        #expect(OutputClaims.collisions(distinct, locate: Self.locate).isEmpty)
        // Two records of one kind: the loader's duplicate-slug error says it already.
        let sameKind = [OutputClaim(path: "x/index.html", owner: .record(Self.page)),
                        OutputClaim(path: "x/index.html", owner: .record(DocumentID(.pages, "x")))]
        #expect(OutputClaims.collisions(sameKind, locate: Self.locate).isEmpty)
        let refused = [OutputClaim(path: "news/2015/index.html", owner: .generated("list page")),
                       OutputClaim(path: "news/2015/index.html", owner: .record(Self.news))]
        #expect(OutputClaims.collisions(refused, skipping: [Self.news], locate: Self.locate).isEmpty)
    }

    @Test func addressesAreTheURLsReadersSee() {
        #expect(OutputClaims.address("index.html") == "/")
        #expect(OutputClaims.address("news/2015/index.html") == "/news/2015/")
        #expect(OutputClaims.address("feed.xml") == "/feed.xml")
    }
}
