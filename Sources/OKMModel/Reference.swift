/// A reference written in front matter: a slug of a kind, and where it was written,
/// so the link pass can report a reference to nothing at its own line.
public struct Reference: Sendable, Hashable, CustomStringConvertible {
    /// The kinds the slug may name: one for most fields (`institutions: [...]`), several for
    /// `attendees` (organizations or people), all for `kind/slug` fields (`source:`, `closed_by:`).
    public var kinds: [Kind]
    public var slug: String
    public var location: SourceLocation

    public init(_ kind: Kind, _ slug: String, at location: SourceLocation) {
        self.init(kinds: [kind], slug: slug, at: location)
    }

    public init(kinds: [Kind], slug: String, at location: SourceLocation) {
        self.kinds = kinds
        self.slug = slug
        self.location = location
    }

    public var description: String { kinds.count == 1 ? "\(kinds[0].folder)/\(slug)" : slug }
}

/// A resolved identity of any document: its kind and slug.
public struct DocumentID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var kind: Kind
    public var slug: String

    public init(_ kind: Kind, _ slug: String) {
        self.kind = kind
        self.slug = slug
    }

    public var description: String { "\(kind.folder)/\(slug)" }

    public static func < (a: DocumentID, b: DocumentID) -> Bool { (a.kind, a.slug) < (b.kind, b.slug) }
}
