/// The kind of a content file, given by its top-level folder in `content/`.
public enum Kind: String, Sendable, Hashable, CaseIterable, Comparable {
    case protocols, news, events, institutions, services, projects, organizations, people, regions, pages

    /// The folder name, which is also the first URL segment and the `kind/` prefix of a reference.
    public var folder: String { rawValue }

    /// Dated records live under a year in their URL; entities and pages do not.
    public var isDated: Bool { self == .protocols || self == .news || self == .events }

    /// Entities are what records speak of: they have a name and can be mentioned.
    public var isEntity: Bool { !isDated && self != .pages }

    /// The singular word accepted by `type:` in front matter (`type: protocol`).
    public var singular: String {
        switch self {
        case .protocols: "protocol"
        case .news: "news"
        case .events: "event"
        case .institutions: "institution"
        case .services: "service"
        case .projects: "project"
        case .organizations: "organization"
        case .people: "person"
        case .regions: "region"
        case .pages: "page"
        }
    }

    public init?(folder: String) { self.init(rawValue: folder) }

    public static func < (a: Kind, b: Kind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
