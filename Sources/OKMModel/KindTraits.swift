/// What okm does with one kind of record, in one place: a kind's behaviour is read from
/// here, never from a `default:` branch or a hand list of kinds elsewhere. A kind added to
/// `Kind` is a compile error in `Kind.traits` until it has its row.
public struct KindTraits: Sendable, Hashable {
    /// The singular word accepted by `type:` (`type: protocol`), and the name of the
    /// kind's archetype for `okm new` (`templates/archetypes/<singular>.mustache`).
    public var singular: String
    /// The record's date is the first thing about it: its URL is under a year
    /// (`/<kind>/<year>/<slug>/`), its list is archived by year, it joins the site's Atom feed.
    public var isDated: Bool
    /// The record names a thing records speak of (a name, short names, aliases), not a text with a title.
    public var isEntity: Bool
    /// Mentions of its names in other records' text link to it (NameFinder, Mentions).
    public var isMentionable: Bool
    /// It has a list page at `/<kind>/` (with pages N, year archives when dated, and a list
    /// per region), and a section in the site's menu.
    public var hasListPage: Bool
    /// Its page has an Atom feed of the dated records that speak of it, `/<kind>/<slug>/feed.xml`.
    public var hasOwnFeed: Bool
    /// The template of its own page (`templates/pages/<template>.mustache`).
    public var template: String
    /// Pagefind's weight of its title (an `h1` is 7 unless told).
    public var searchWeight: Int

    /// The archetype `okm new` fills (`templates/archetypes/<archetype>.mustache`).
    public var archetype: String { singular }
}

extension Kind {
    public var traits: KindTraits {
        switch self {
        case .protocols:
            KindTraits(singular: "protocol", isDated: true, isEntity: false, isMentionable: false, hasListPage: true,
                       hasOwnFeed: false, template: "protocol", searchWeight: 9)
        case .news:
            KindTraits(singular: "news", isDated: true, isEntity: false, isMentionable: false, hasListPage: true,
                       hasOwnFeed: false, template: "news", searchWeight: 9)
        case .events:
            KindTraits(singular: "event", isDated: true, isEntity: false, isMentionable: false, hasListPage: true,
                       hasOwnFeed: false, template: "event", searchWeight: 9)
        case .institutions:
            KindTraits(singular: "institution", isDated: false, isEntity: true, isMentionable: true, hasListPage: true,
                       hasOwnFeed: true, template: "institution", searchWeight: 5)
        case .services:
            KindTraits(singular: "service", isDated: false, isEntity: true, isMentionable: true, hasListPage: true,
                       hasOwnFeed: false, template: "service", searchWeight: 5)
        case .projects:
            KindTraits(singular: "project", isDated: false, isEntity: true, isMentionable: true, hasListPage: true,
                       hasOwnFeed: true, template: "project", searchWeight: 5)
        case .organizations:
            KindTraits(singular: "organization", isDated: false, isEntity: true, isMentionable: true, hasListPage: true,
                       hasOwnFeed: false, template: "organization", searchWeight: 5)
        case .people:
            KindTraits(singular: "person", isDated: false, isEntity: true, isMentionable: true, hasListPage: true,
                       hasOwnFeed: false, template: "person", searchWeight: 5)
        case .regions:
            // A region's name is found in text (the importer's region finder) but not linked as a mention.
            KindTraits(singular: "region", isDated: false, isEntity: true, isMentionable: false, hasListPage: true,
                       hasOwnFeed: true, template: "region", searchWeight: 10)
        case .pages:
            KindTraits(singular: "page", isDated: false, isEntity: false, isMentionable: false, hasListPage: false,
                       hasOwnFeed: false, template: "page", searchWeight: 9)
        }
    }

    /// The kinds whose names in text link to them, in `Kind` order.
    public static var mentionable: [Kind] { allCases.filter(\.traits.isMentionable) }
    /// The kinds with a list page at `/<kind>/`, in `Kind` order.
    public static var listed: [Kind] { allCases.filter(\.traits.hasListPage) }
    /// The dated kinds, in `Kind` order.
    public static var dated: [Kind] { allCases.filter(\.isDated) }
}
