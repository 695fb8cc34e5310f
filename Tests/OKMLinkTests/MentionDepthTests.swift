import Testing
@testable import OKMLink
@testable import OKMModel

/// Mentions through the one Markdown walker: a name at any depth of quotes and lists is found,
/// and a name in a link's text or an image's alt is never made a second link.
@Suite struct MentionDepthTests {
    static let ruse = DocumentID(.institutions, "dmsgd-ruse")

    @Test func aNameInAListInAQuoteInAListIsLinked() {
        let deep: Block = .list(ordered: false, start: 1, tight: true, items: [[
            .blockQuote([.list(ordered: true, start: 1, tight: true, items: [[
                .paragraph([.emphasis([.text("ДМСГД – Русе")])], line: 9),
            ]])]),
        ]])
        let (blocks, site, _) = MentionPassTests.linked([deep])
        guard case .list(_, _, _, let items) = blocks[0], case .blockQuote(let q) = items[0][0],
              case .list(_, _, _, let inner) = q[0] else { Issue.record("shape changed"); return }
        #expect(inner[0][0] == .paragraph([.emphasis([.mention(Self.ruse, [.text("ДМСГД – Русе")])])], line: 9))
        #expect(site.mentionCounts[Self.ruse]?[DocumentID(.news, "n")] == 1)
    }

    @Test func aNameInALinksTextOrAnImagesAltIsNotLinkedAgain() {
        let body: [Block] = [.paragraph([
            .link(url: "/x/", title: "", [.strong([.text("ДМСГД – Русе")])]),
            .image(url: "a.png", title: "", alt: [.text("ДМСГД – Русе")]),
        ], line: 3)]
        let (blocks, site, _) = MentionPassTests.linked(body)
        #expect(blocks == body)
        #expect(site.mentionCounts[Self.ruse] == nil)
    }
}
