import OKMModel

/// View models of the print edition (`templates/pages/protocol-print.mustache`): one or more
/// protocols laid out like the signed original — approval block, title, opening paragraph,
/// agenda with reporters, the discussion by item with its decisions, signature lines.
/// Everything is text made here, in the page's language; the template only places it.

/// One print page: a protocol, a yearly volume of a mechanism, or the internal edition.
struct PrintPageView: Sendable {
    var lang: String
    var title: String
    /// The public page this edition prints (for `rel=canonical`); nil in the internal edition.
    var canonical: SafeURL?
    var stylesheet: SafeURL
    /// The internal edition is a file of its own, outside the site: its stylesheet goes inside it.
    var inlineCSS: String?
    /// `@page` rules made for this page: the running header, the page numbers, the marker.
    var pageCSS: String
    var t: [String: String]
    var isInternal: Bool
    /// "За вътрешно ползване" and what it means, in a banner on the first page.
    var internalMarker: String?
    var internalNotice: String?
    /// "ПРОЕКТ" and its notice, on a draft's print edition (the @page boxes repeat the mark on every page).
    var draftMarker: String?
    var draftNotice: String?
    /// Shown on screen only: back to the web page, the PDF.
    var screenLinks: [LinkView]
    var volume: PrintVolumeView?
    var protocols: [PrintProtocolView]
    /// "bg" in a build of another language: the protocol's own text (names, posts, agenda,
    /// discussion) is Bulgarian inside an English page and is marked so (WCAG 3.1.2); nil in
    /// a Bulgarian build, where nothing needs marking.
    var contentLang: String? = nil
}

struct PrintVolumeView: Sendable {
    var title: String
    /// The running header of the cover and contents pages (the page's title).
    var runningHead: String
    var subtitle: String
    var year: String
    /// Each protocol of the volume, linking to its `#p-<slug>`; print shows the page number.
    var contents: [LinkView]
    /// The signed originals of the volume's protocols: "Протокол № 2/25.11.2014 – Подписан оригинал (PDF, 1,2 MB)".
    var originals: [LinkView] = []
}

struct PrintProtocolView: Sendable {
    var anchor: String
    var approval: PrintApprovalView?
    /// "ПРОТОКОЛ" (not `heading`: a section without one would find this in Mustache's context)
    var titleWord: String
    /// "№ 2/25.11.2014 г."
    var numberLine: String
    /// "Протокол № 2/25.11.2014 г.": in a volume, the running header of its pages (print.css
    /// reads it from `data-running-head` with `string-set`).
    var runningHead = ""
    /// "от заседание на Областен координационен механизъм по деинституционализация"
    var subtitle: String
    /// The opening paragraphs: date, time, place; who chaired; who took part — each in parts,
    /// the Bulgarian values (place, names, posts) apart from the sentence around them when the
    /// page is in another language.
    var opening: [PrintParagraph]
    var agendaLead: String
    var agendaWord: String
    var agendaTail: String
    var agenda: [PrintAgendaItemView]
    /// The body by agenda item (`## По т. N`), each with the decisions taken under it.
    var sections: [PrintSectionView]
    var nextMeeting: String?
    var signatures: [PrintSignatureView]
}

/// A paragraph written from a sentence of the page's language and values of the content's.
struct PrintParagraph: Sendable {
    var parts: [PrintTextPart]
    /// The paragraph as one string.
    var text: String { parts.map(\.text).joined() }
}

/// A run of text; `textLang` set when it is in another language than the page (not `lang`:
/// a part without one would find the page's `lang` in Mustache's context).
struct PrintTextPart: Sendable {
    var text: String
    var textLang: String?
}

struct PrintApprovalView: Sendable {
    var label: String
    /// In capitals, as on the original.
    var name: String
    var post: String?
    /// "Дата: 01.12.2014 г." under the signature, when `approved_on` is given.
    var date: String?
}

struct PrintAgendaItemView: Sendable {
    var number: Int
    var title: String
    /// "Докладва:" or "Докладват:"; nil without reporters.
    var reportLabel: String?
    /// "Мариела Личева – директор на дирекция „Здравни и социални дейности“, Община Русе"
    var reporters: String?
}

struct PrintSectionView: Sendable {
    /// The agenda heading as written ("По т. 1"); nil for text before the first one.
    var heading: String?
    var html: String
    var decisions: PrintDecisionTable?
}

struct PrintDecisionTable: Sendable {
    var caption: String
    var rows: [PrintDecisionRow]
}

struct PrintDecisionRow: Sendable {
    var number: String
    var text: String
    var responsible: String
    var due: String
}

struct PrintSignatureView: Sendable {
    var role: String
    /// nil when the protocol does not name the person: the line is still there to sign.
    var name: String?
}
