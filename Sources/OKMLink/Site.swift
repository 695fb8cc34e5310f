import OKMModel

/// What any page needs to link to a document: its title, URL and date.
public struct DocumentSummary: Sendable, Hashable {
    public var id: DocumentID
    public var title: String
    public var url: String
    public var date: Day?
    public var path: String
    /// The date as written (an exact day, or EDTF); `date` is its day when it is exact.
    public var archiveDate: ArchiveDate? = nil
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
    /// Each protocol's place in its region's list in `protocolsByRegion`.
    public var placeInRegion: [DocumentID: Int] = [:]
    /// Who reported, presented, attended, is responsible, works where; what replaces what.
    public var roles: Roles
    /// For every entity, how many times each document mentions it in its body.
    public var mentionCounts: [DocumentID: [DocumentID: Int]]
    /// Every decision with its stable id, and which record closes which.
    public var decisions = DecisionIndex()
    /// Every document's place in its kind's list in `content` (the accessors below).
    public var positions: [DocumentID: Int] = [:]
    /// The names bodies are searched for, kept for relinking one edited record (`Linker.relink`).
    var mentions: Mentions?

    public func summary(_ id: DocumentID) -> DocumentSummary? { summaries[id] }

    /// The protocols of the same mechanism just before and after `id`.
    public func adjacentMeetings(of id: DocumentID, region: String) -> (previous: DocumentID?, next: DocumentID?) {
        guard let list = protocolsByRegion[region], let i = placeInRegion[id], list.indices.contains(i), list[i] == id else { return (nil, nil) }
        return (i > 0 ? list[i - 1] : nil, i + 1 < list.count ? list[i + 1] : nil)
    }

    /// The document a reference names, trying its kinds in order.
    public func resolve(_ ref: Reference) -> DocumentID? {
        for k in ref.kinds {
            let id = DocumentID(k, ref.slug)
            if summaries[id] != nil { return id }
        }
        return nil
    }

    public func resolve(_ refs: [Reference]) -> [DocumentID] { refs.compactMap(resolve) }

    /// Where each document sits in its kind's list: pages look records up by id through
    /// this, never by scanning a list (which made a build grow with the square of its size).
    static func positions(of c: Content) -> [DocumentID: Int] {
        var out: [DocumentID: Int] = [:]
        func add(_ headers: [Header]) { for (i, h) in headers.enumerated() { out[h.id] = i } }
        add(c.protocols.map(\.header)); add(c.news.map(\.header)); add(c.events.map(\.header)); add(c.pages.map(\.header))
        add(c.institutions.map(\.header)); add(c.services.map(\.header)); add(c.projects.map(\.header))
        add(c.organizations.map(\.header)); add(c.people.map(\.header)); add(c.regions.map(\.header))
        return out
    }

    private func find<T>(_ id: DocumentID, _ kind: Kind, in list: [T], _ header: (T) -> Header) -> T? {
        guard id.kind == kind, let i = positions[id], list.indices.contains(i), header(list[i]).id == id else { return nil }
        return list[i]
    }

    public func newsItem(_ id: DocumentID) -> NewsItem? { find(id, .news, in: content.news, \.header) }
    public func event(_ id: DocumentID) -> Event? { find(id, .events, in: content.events, \.header) }
    public func page(_ id: DocumentID) -> Page? { find(id, .pages, in: content.pages, \.header) }
    public func protocolRecord(_ id: DocumentID) -> ProtocolRecord? { find(id, .protocols, in: content.protocols, \.header) }
    public func institution(_ id: DocumentID) -> Institution? { find(id, .institutions, in: content.institutions, \.header) }
    public func service(_ id: DocumentID) -> Service? { find(id, .services, in: content.services, \.header) }
    public func project(_ id: DocumentID) -> Project? { find(id, .projects, in: content.projects, \.header) }
    public func organization(_ id: DocumentID) -> Organization? { find(id, .organizations, in: content.organizations, \.header) }
    public func person(_ id: DocumentID) -> Person? { find(id, .people, in: content.people, \.header) }
    public func region(_ id: DocumentID) -> Region? { find(id, .regions, in: content.regions, \.header) }
}
