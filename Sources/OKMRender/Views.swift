import OKMModel

/// View models: stored properties made for the templates, so templates hold no logic.
/// Mustache renders a missing key as empty, so these are what the tests check.

struct LinkView: Sendable {
    var title: String
    /// nil renders the title as text.
    var url: SafeURL?
    /// A second line: a date, a post, a count.
    var meta: String?
    /// "bg" when the title is Bulgarian in a page of another language (WCAG 3.1.2); nil otherwise.
    var titleLang: String? = nil
    /// "bg" when `meta` is Bulgarian text of the content (a post as written) in such a page.
    var metaLang: String? = nil
}

/// One row of a page's fact list (`<dt>` and `<dd>`): a label and one or more values.
struct Fact: Sendable {
    var label: String
    var values: [LinkView]
}

struct MenuLink: Sendable {
    var title: String
    var url: SafeURL
    var current: Bool
    /// "bg" when site.yml gives no English text for an English build.
    var menuLang: String? = nil
}

/// The frame of every page: head, header, menu, breadcrumbs, footer.
struct Chrome: Sendable {
    var lang: String
    var title: String
    var siteTitle: String
    var description: String
    var canonical: SafeURL
    var homeURL: SafeURL
    var stylesheet: SafeURL
    var menu: [MenuLink]
    var breadcrumbs: [LinkView]
    var isDraft: Bool
    /// Open Graph, feeds, JSON-LD, search data and footer links (PageMeta.swift).
    var meta: PageMeta? = nil
    /// "bg" when the site's title is Bulgarian in a page of another language.
    var siteTitleLang: String? = nil
    /// "bg" in a page of another language: templates mark the content's own text with it
    /// (a step's note, a post, the accessibility statement's lists).
    var contentLang: String? = nil
}

/// Records that reference or mention an entity, by kind.
struct BacklinkGroup: Sendable {
    var heading: String
    var count: Int
    var items: [LinkView]
    /// The page of all of them, when only the first are shown.
    var more: LinkView? = nil
}

/// A picture of a document's gallery. For a photo okm processed: its sizes (so the page
/// does not jump as it loads), `srcset`s in its own format and in WebP, and a link to the
/// largest variant; for any other picture only `src`.
struct ImageView: Sendable {
    var src: SafeURL
    var alt: String
    var caption: String?
    var hasSize: Bool = false
    var width: Int = 0
    var height: Int = 0
    /// `url 480w, url 960w, …` in the photo's own format; nil for a picture okm did not process.
    var srcset: SafeURL? = nil
    var webpSrcset: SafeURL? = nil
    var sizes: String? = nil
    /// The largest variant, which the picture links to; nil leaves it unlinked (and a
    /// decorative picture, `alt: ""`, is never a link: a link needs a name).
    var full: SafeURL? = nil
    /// Every picture but a page's first loads when it is scrolled near.
    var lazy: Bool = true
}

/// A document page: the chrome, the strings, and the kind's own fields.
struct DocumentView: Sendable {
    var page: Chrome
    var t: [String: String]
    var title: String
    var kindLabel: String
    var dateText: String?
    var dateISO: String?
    var facts: [Fact]
    var summary: String?
    var bodyHTML: String
    var images: [ImageView]
    var attachments: [LinkView]
    /// Where the record's facts come from (`source:`), in the order written.
    var sources: [LinkView]
    var tags: [String]
    /// "Свързани": the records this one names and the records that name it, by kind, each once.
    var related: [BacklinkGroup]
    /// What the entity did or holds, by role ("Reported on", "People", "In the region").
    var roles: [BacklinkGroup]
    /// Kind-specific sections; nil for other kinds.
    var meeting: MeetingView?
    var timeline: [MilestoneView]
    var posts: [LinkView]
    var presenters: [LinkView]
    /// "bg" on the record's own title and body in a page of another language: they are
    /// written in Bulgarian (an entity with `name_en` has an English title).
    var docTitleLang: String? = nil
    var docBodyLang: String? = nil
}

struct AgendaItemView: Sendable {
    var number: Int
    var title: String
    /// "Докладва" for one person, "Докладват" for more or for a group.
    var reportLabel: String
    var reporters: [LinkView]
    var about: [LinkView]
    /// `#t-N` when the body discusses this item under its own heading.
    var discussionURL: SafeURL?
}

/// A line of the attendance on the page: the link or text as written, and where the line
/// comes from when it names a source.
struct AttendanceLineView: Sendable {
    var line: LinkView
    var source: LinkView?
}

struct DecisionView: Sendable {
    var anchor: String
    var label: String
    var text: String
    var agendaItem: Int?
    var responsible: [LinkView]
    var due: String?
    var status: String
    var statusKey: String
    var closedBy: LinkView?
    var source: LinkView?
    /// The stable id (`ruse-2-2014-1-1`, DecisionViews.swift); `anchor` is `decision-<id>`.
    var id: String = ""
    /// Open and past its due date (only when the build knows today's date).
    var overdue: Bool = false
}

struct MeetingView: Sendable {
    var approvedBy: LinkView?
    var approvedPost: String?
    var approvedOn: String?
    /// "Подписан оригинал (PDF, 1,2 MB)", linking to the scan.
    var original: LinkView?
    var attendees: [AttendanceLineView]
    var attendanceNote: String?
    var agenda: [AgendaItemView]
    var decisions: [DecisionView]
    var hasDecisions: Bool
    var nextMeeting: String?
    var preparedBy: LinkView?
    var previous: LinkView?
    var next: LinkView?
    /// Decisions of earlier meetings of the mechanism still open when this one met.
    var earlier: DecisionGroupView? = nil
    /// The print edition, its PDF (when made) and the year's volume.
    var printLinks: [LinkView] = []
}

struct MilestoneView: Sendable {
    /// The step's own date; nil for an undated step, shown "без дата — по данни от <source>".
    var date: String?
    var dateISO: String?
    var status: String
    var children: String?
    var source: LinkView?
    var note: String?
    /// `closed`, `no-children`…: the marker's class on the institution's timeline.
    var statusKey: String = ""
    /// No date of its own: the source link is part of the wording instead of a line of its own.
    var undated: Bool = false
}

/// A list page (all protocols, all institutions…) and the home page.
struct ListView: Sendable {
    var page: Chrome
    var t: [String: String]
    var title: String
    var items: [ListItem]
    var isEmpty: Bool
    /// Other views of the same list: its years, with counts.
    var years: [MenuLink] = []
    /// Where the whole list starts when this is a year's or a region's part of it.
    var parent: LinkView? = nil
    var pager: PagerView? = nil
    /// A page that sums the list up (/institutions/ → how many are closed, /closures/). Not
    /// `summary`: an item without a summary of its own would find this one in the list's context.
    var closureTotal: LinkView? = nil
}

struct PagerView: Sendable {
    var previous: SafeURL?
    var next: SafeURL?
    var pages: [MenuLink]
    var label: String
}

struct ListItem: Sendable {
    var title: String
    var url: SafeURL
    var dateText: String?
    var dateISO: String?
    var meta: String?
    var summary: String?
    /// For the archives by year and by region; not shown.
    var year: Int? = nil
    var region: String? = nil
    /// "bg" on a Bulgarian title, and on the summary, in a page of another language.
    var itemLang: String? = nil
    var summaryLang: String? = nil
    var itemMetaLang: String? = nil
}

struct HomeView: Sendable {
    var page: Chrome
    var t: [String: String]
    var title: String
    var description: String?
    var latestNews: [ListItem]
    var latestProtocols: [ListItem]
    var upcoming: [ListItem]
    var sections: [LinkView]
    /// How far the closures have come, in all and per region (ClosureSummaries.swift).
    var closureTotal: LinkView?
    var closureFigures: [LinkView]
}
