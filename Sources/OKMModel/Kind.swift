/// The kind of a content file, given by its top-level folder in `content/`.
/// Everything okm does differently per kind is read from its `traits` (KindTraits.swift).
public enum Kind: String, Sendable, Hashable, CaseIterable, Comparable {
    case protocols, news, events, institutions, services, projects, organizations, people, regions, pages

    /// The folder name, which is also the first URL segment and the `kind/` prefix of a reference.
    public var folder: String { rawValue }

    /// Dated records live under a year in their URL; entities and pages do not.
    public var isDated: Bool { traits.isDated }

    /// Entities are what records speak of: they have a name and can be mentioned.
    public var isEntity: Bool { traits.isEntity }

    /// The singular word accepted by `type:` in front matter (`type: protocol`).
    public var singular: String { traits.singular }

    public init?(folder: String) { self.init(rawValue: folder) }

    public static func < (a: Kind, b: Kind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
