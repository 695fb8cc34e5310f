import OKMModel

/// What differs between two linked sites, in the keys a page's reads are recorded by
/// (`SiteReadKey`): the records whose value changed, the kinds whose list or members changed,
/// the index entries that changed, the mechanisms whose protocols changed. `okm serve`
/// re-renders a page when one of its reads is among them. It errs on the side of more: a
/// whole index read as such is changed when any entry of it is.
public struct SiteChanges: Sendable {
    public private(set) var settings = false
    public private(set) var content = false
    public private(set) var lists: Set<Kind> = []
    public private(set) var members: Set<Kind> = []
    public private(set) var records: Set<DocumentID> = []
    public private(set) var tables: Set<SiteTable> = []
    /// The changed entries of the indices read entry by entry (the others are judged whole).
    public private(set) var entries: [SiteTable: Set<DocumentID>] = [:]
    public private(set) var regions: Set<String> = []

    public init(from old: Site, to new: Site) {
        settings = old.storedSettings != new.storedSettings
        let a = old.storedContent, b = new.storedContent
        content = a != b
        if content {
            compare(.protocols, a.protocols, b.protocols)
            compare(.news, a.news, b.news)
            compare(.events, a.events, b.events)
            compare(.pages, a.pages, b.pages)
            compare(.institutions, a.institutions, b.institutions)
            compare(.services, a.services, b.services)
            compare(.projects, a.projects, b.projects)
            compare(.organizations, a.organizations, b.organizations)
            compare(.people, a.people, b.people)
            compare(.regions, a.regions, b.regions)
        }
        compare(.summaries, old.storedSummaries, new.storedSummaries)
        compare(.backlinks, old.storedBacklinks, new.storedBacklinks)
        compare(.placeInRegion, old.storedPlaceInRegion, new.storedPlaceInRegion)
        compare(.mentionCounts, old.storedMentionCounts, new.storedMentionCounts)
        compare(.positions, old.storedPositions, new.storedPositions)
        regions = Self.changedKeys(old.storedProtocolsByRegion, new.storedProtocolsByRegion)
        if !regions.isEmpty { tables.insert(.protocolsByRegion) }
        if old.storedRoles != new.storedRoles { tables.insert(.roles) }
        if old.storedDecisions != new.storedDecisions { tables.insert(.decisions) }
    }

    /// Nothing a page can read differs.
    public var isEmpty: Bool { !settings && !content && tables.isEmpty }

    /// Whether a page that read `key` may now be different.
    public func touches(_ key: SiteReadKey) -> Bool {
        switch key {
        case .settings: return settings
        case .content: return content
        case .list(let kind): return lists.contains(kind)
        case .members(let kind): return members.contains(kind)
        case .record(let id): return records.contains(id)
        case .table(let table): return tables.contains(table)
        case .entry(let table, let id):
            guard tables.contains(table) else { return false }
            // An index compared only whole: every entry of it may have changed.
            guard let changed = entries[table] else { return true }
            return changed.contains(id)
        case .regionProtocols(let slug): return regions.contains(slug)
        }
    }

    public func touches(any keys: Set<SiteReadKey>) -> Bool { keys.contains(where: touches) }

    private mutating func compare<T: Equatable>(_ kind: Kind, _ a: [T], _ b: [T]) where T: HasHeader {
        guard a != b else { return }
        lists.insert(kind)
        let idsA = a.map(\.header.id), idsB = b.map(\.header.id)
        if idsA != idsB { members.insert(kind) }
        let byA = Dictionary(zip(idsA, a), uniquingKeysWith: { x, _ in x })
        let byB = Dictionary(zip(idsB, b), uniquingKeysWith: { x, _ in x })
        records.formUnion(Self.changedKeys(byA, byB))
        // Two records of one id (a collision the build reports): judge them all changed.
        if byA.count != a.count || byB.count != b.count { records.formUnion(idsA + idsB) }
    }

    private mutating func compare<V: Equatable>(_ table: SiteTable, _ a: [DocumentID: V], _ b: [DocumentID: V]) {
        let changed = Self.changedKeys(a, b)
        entries[table] = changed
        if !changed.isEmpty { tables.insert(table) }
    }

    static func changedKeys<K, V: Equatable>(_ a: [K: V], _ b: [K: V]) -> Set<K> {
        if a == b { return [] }
        var out: Set<K> = []
        for (k, v) in a where b[k] != v { out.insert(k) }
        for k in b.keys where a[k] == nil { out.insert(k) }
        return out
    }
}

/// A record with a header (every kind's record type).
protocol HasHeader { var header: Header { get } }
extension ProtocolRecord: HasHeader {}
extension NewsItem: HasHeader {}
extension Event: HasHeader {}
extension Page: HasHeader {}
extension Institution: HasHeader {}
extension Service: HasHeader {}
extension Project: HasHeader {}
extension Organization: HasHeader {}
extension Person: HasHeader {}
extension Region: HasHeader {}
