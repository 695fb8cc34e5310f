import OKMModel

/// What any page needs to link to a document: its title, URL and date.
public struct DocumentSummary: Sendable, Hashable {
    public var id: DocumentID
    public var title: String
    public var url: String
    public var date: Day?
    public var path: String
    /// The region the document belongs to, if any.
    public var region: DocumentID?
}

/// The linked site: the content with every reference resolved, and the indices every
/// page reads (built once, here, so no template ever loops over the whole site).
public struct Site: Sendable {
    public var settings: SiteSettings
    public var content: Content
    /// Every document by id.
    public var summaries: [DocumentID: DocumentSummary]
    /// For every document, the documents that reference it, newest first.
    public var backlinks: [DocumentID: [DocumentID]]
    /// For every region, its protocols oldest first (for previous/next links).
    public var protocolsByRegion: [String: [DocumentID]]
    /// Who reported, presented, attended, is responsible, works where; what replaces what.
    public var roles: Roles
    /// For every entity, how many times each document mentions it in its body.
    public var mentionCounts: [DocumentID: [DocumentID: Int]]
    /// Every decision with its stable id, and which record closes which.
    public var decisions = DecisionIndex()

    public func summary(_ id: DocumentID) -> DocumentSummary? { summaries[id] }

    /// The document a reference names, trying its kinds in order.
    public func resolve(_ ref: Reference) -> DocumentID? {
        for k in ref.kinds {
            let id = DocumentID(k, ref.slug)
            if summaries[id] != nil { return id }
        }
        return nil
    }

    public func resolve(_ refs: [Reference]) -> [DocumentID] { refs.compactMap(resolve) }
}
