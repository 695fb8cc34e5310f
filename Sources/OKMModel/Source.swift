/// Where a fact comes from (`source:` of a record, a timeline step or a decision): a record
/// of the site (`kind/slug`), or a page or document outside it (`{ title, url, accessed }`).
/// One type and one decoder (`FieldReader.source`) for every field that names a source;
/// a new kind of fact with a source adds a `.source` field to its schema group and reads it so.
public enum Source: Sendable, Hashable {
    case record(Reference)
    case document(OutsideDocument)

    /// The record it names, if it names one.
    public var record: Reference? {
        if case .record(let r) = self { return r }
        return nil
    }

    /// The outside page or document it names, if it names one.
    public var document: OutsideDocument? {
        if case .document(let d) = self { return d }
        return nil
    }
}

/// A page or a document outside the site: its title as the document heads itself, its web
/// address when it has one (none for a paper document or a presentation that was never
/// published), and the day it was read there.
public struct OutsideDocument: Sendable, Hashable {
    public var title: String
    public var url: String?
    public var accessed: ArchiveDate?

    public init(title: String, url: String? = nil, accessed: ArchiveDate? = nil) {
        self.title = title
        self.url = url
        self.accessed = accessed
    }
}
