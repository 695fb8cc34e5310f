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
///
/// Every read goes through an accessor that tells `SiteReads` what it read (when a render job
/// is being recorded, for `okm serve`'s dependency graph; nothing otherwise): the whole
/// `content` or a whole index read as such is one broad key, and the narrow accessors below
/// (`news`, `summary(_:)`, `backlinks(of:)`, `newsItem(_:)`, …) record only what they return.
/// The storage is internal to OKMLink, so a page cannot read around them.
public struct Site: Sendable {
    var storedSettings: SiteSettings
    var storedContent: Content
    var storedSummaries: [DocumentID: DocumentSummary]
    var storedBacklinks: [DocumentID: [DocumentID]]
    var storedProtocolsByRegion: [String: [DocumentID]]
    var storedPlaceInRegion: [DocumentID: Int] = [:]
    var storedRoles: Roles
    var storedMentionCounts: [DocumentID: [DocumentID: Int]]
    var storedDecisions = DecisionIndex()
    var storedPositions: [DocumentID: Int] = [:]
    /// The names bodies are searched for, kept for relinking one edited record (`Linker.relink`).
    var mentions: Mentions?

    init(settings: SiteSettings, content: Content, summaries: [DocumentID: DocumentSummary], backlinks: [DocumentID: [DocumentID]],
         protocolsByRegion: [String: [DocumentID]], roles: Roles, mentionCounts: [DocumentID: [DocumentID: Int]]) {
        storedSettings = settings
        storedContent = content
        storedSummaries = summaries
        storedBacklinks = backlinks
        storedProtocolsByRegion = protocolsByRegion
        storedRoles = roles
        storedMentionCounts = mentionCounts
    }

    public var settings: SiteSettings {
        get { SiteReads.note(.settings); return storedSettings }
        _modify { SiteReads.note(.settings); yield &storedSettings }
    }
    /// The whole content (a page that reads it depends on every record: prefer `news`, `newsItem(_:)`…).
    public var content: Content {
        get { SiteReads.note(.content); return storedContent }
        _modify { SiteReads.note(.content); yield &storedContent }
    }
    /// Every document by id (a whole index: prefer `summary(_:)`).
    public var summaries: [DocumentID: DocumentSummary] {
        get { SiteReads.note(.table(.summaries)); return storedSummaries }
        _modify { SiteReads.note(.table(.summaries)); yield &storedSummaries }
    }
    /// For every document, the documents that reference it, newest first (prefer `backlinks(of:)`).
    public var backlinks: [DocumentID: [DocumentID]] {
        get { SiteReads.note(.table(.backlinks)); return storedBacklinks }
        _modify { SiteReads.note(.table(.backlinks)); yield &storedBacklinks }
    }
    /// For every region, its protocols oldest first (for previous/next links; prefer `protocols(inRegion:)`).
    public var protocolsByRegion: [String: [DocumentID]] {
        get { SiteReads.note(.table(.protocolsByRegion)); return storedProtocolsByRegion }
        _modify { SiteReads.note(.table(.protocolsByRegion)); yield &storedProtocolsByRegion }
    }
    /// Each protocol's place in its region's list in `protocolsByRegion`.
    public var placeInRegion: [DocumentID: Int] {
        get { SiteReads.note(.table(.placeInRegion)); return storedPlaceInRegion }
        _modify { SiteReads.note(.table(.placeInRegion)); yield &storedPlaceInRegion }
    }
    /// Who reported, presented, attended, is responsible, works where; what replaces what.
    public var roles: Roles {
        get { SiteReads.note(.table(.roles)); return storedRoles }
        _modify { SiteReads.note(.table(.roles)); yield &storedRoles }
    }
    /// For every entity, how many times each document mentions it in its body.
    public var mentionCounts: [DocumentID: [DocumentID: Int]] {
        get { SiteReads.note(.table(.mentionCounts)); return storedMentionCounts }
        _modify { SiteReads.note(.table(.mentionCounts)); yield &storedMentionCounts }
    }
    /// Every decision with its stable id, and which record closes which.
    public var decisions: DecisionIndex {
        get { SiteReads.note(.table(.decisions)); return storedDecisions }
        _modify { SiteReads.note(.table(.decisions)); yield &storedDecisions }
    }
    /// Every document's place in its kind's list in `content` (the accessors below).
    public var positions: [DocumentID: Int] {
        get { SiteReads.note(.table(.positions)); return storedPositions }
        _modify { SiteReads.note(.table(.positions)); yield &storedPositions }
    }

    public func summary(_ id: DocumentID) -> DocumentSummary? {
        SiteReads.note(.entry(.summaries, id))
        return storedSummaries[id]
    }

    /// The documents that reference `id`, newest first (empty: none).
    public func backlinks(of id: DocumentID) -> [DocumentID] {
        SiteReads.note(.entry(.backlinks, id))
        return storedBacklinks[id] ?? []
    }

    /// The protocols of the mechanism of the region with this slug, oldest first.
    public func protocols(inRegion slug: String) -> [DocumentID] {
        SiteReads.note(.regionProtocols(slug))
        return storedProtocolsByRegion[slug] ?? []
    }

    /// The protocols of the same mechanism just before and after `id`.
    public func adjacentMeetings(of id: DocumentID, region: String) -> (previous: DocumentID?, next: DocumentID?) {
        SiteReads.note(.regionProtocols(region))
        SiteReads.note(.entry(.placeInRegion, id))
        guard let list = storedProtocolsByRegion[region], let i = storedPlaceInRegion[id], list.indices.contains(i), list[i] == id else { return (nil, nil) }
        return (i > 0 ? list[i - 1] : nil, i + 1 < list.count ? list[i + 1] : nil)
    }

    /// The document a reference names, trying its kinds in order.
    public func resolve(_ ref: Reference) -> DocumentID? {
        for k in ref.kinds {
            let id = DocumentID(k, ref.slug)
            SiteReads.note(.entry(.summaries, id))
            if storedSummaries[id] != nil { return id }
        }
        return nil
    }

    public func resolve(_ refs: [Reference]) -> [DocumentID] { refs.compactMap(resolve) }

    /// The ids of one kind's records, in the content's order (which records exist, not what they hold).
    public func ids(of kind: Kind) -> [DocumentID] {
        SiteReads.note(.members(kind))
        return storedContent.headers(of: kind).map(\.id)
    }

    /// The headers of one kind's records, in the content's order (a page that reads them depends on each record).
    public func headers(of kind: Kind) -> [Header] {
        SiteReads.note(.list(kind))
        return storedContent.headers(of: kind)
    }

    /// One record's header (nil when there is none).
    public func header(_ id: DocumentID) -> Header? {
        switch id.kind {
        case .protocols: return protocolRecord(id)?.header
        case .news: return newsItem(id)?.header
        case .events: return event(id)?.header
        case .pages: return page(id)?.header
        case .institutions: return institution(id)?.header
        case .services: return service(id)?.header
        case .projects: return project(id)?.header
        case .organizations: return organization(id)?.header
        case .people: return person(id)?.header
        case .regions: return region(id)?.header
        }
    }

    /// One kind's records, in the content's order (a page that reads them depends on each).
    public var protocols: [ProtocolRecord] { SiteReads.note(.list(.protocols)); return storedContent.protocols }
    public var news: [NewsItem] { SiteReads.note(.list(.news)); return storedContent.news }
    public var events: [Event] { SiteReads.note(.list(.events)); return storedContent.events }
    public var pages: [Page] { SiteReads.note(.list(.pages)); return storedContent.pages }
    public var institutions: [Institution] { SiteReads.note(.list(.institutions)); return storedContent.institutions }
    public var services: [Service] { SiteReads.note(.list(.services)); return storedContent.services }
    public var projects: [Project] { SiteReads.note(.list(.projects)); return storedContent.projects }
    public var organizations: [Organization] { SiteReads.note(.list(.organizations)); return storedContent.organizations }
    public var people: [Person] { SiteReads.note(.list(.people)); return storedContent.people }
    public var regions: [Region] { SiteReads.note(.list(.regions)); return storedContent.regions }

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
        SiteReads.note(.record(id))
        guard id.kind == kind, let i = storedPositions[id], list.indices.contains(i), header(list[i]).id == id else { return nil }
        return list[i]
    }

    public func newsItem(_ id: DocumentID) -> NewsItem? { find(id, .news, in: storedContent.news, \.header) }
    public func event(_ id: DocumentID) -> Event? { find(id, .events, in: storedContent.events, \.header) }
    public func page(_ id: DocumentID) -> Page? { find(id, .pages, in: storedContent.pages, \.header) }
    public func protocolRecord(_ id: DocumentID) -> ProtocolRecord? { find(id, .protocols, in: storedContent.protocols, \.header) }
    public func institution(_ id: DocumentID) -> Institution? { find(id, .institutions, in: storedContent.institutions, \.header) }
    public func service(_ id: DocumentID) -> Service? { find(id, .services, in: storedContent.services, \.header) }
    public func project(_ id: DocumentID) -> Project? { find(id, .projects, in: storedContent.projects, \.header) }
    public func organization(_ id: DocumentID) -> Organization? { find(id, .organizations, in: storedContent.organizations, \.header) }
    public func person(_ id: DocumentID) -> Person? { find(id, .people, in: storedContent.people, \.header) }
    public func region(_ id: DocumentID) -> Region? { find(id, .regions, in: storedContent.regions, \.header) }
}
