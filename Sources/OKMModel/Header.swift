public struct ImageRef: Sendable, Hashable {
    public var src: String
    public var alt: String
    public var caption: String?
    public var location: SourceLocation

    public init(src: String, alt: String, caption: String?, location: SourceLocation) {
        self.src = src
        self.alt = alt
        self.caption = caption
        self.location = location
    }
}

public struct Attachment: Sendable, Hashable {
    public var file: String
    public var title: String
    public var location: SourceLocation

    public init(file: String, title: String, location: SourceLocation) {
        self.file = file
        self.title = title
        self.location = location
    }
}

/// A named web address (the accessibility statement's enforcement body).
public struct SourceLink: Sendable, Hashable {
    public var title: String?
    public var url: String

    public init(title: String?, url: String) {
        self.title = title
        self.url = url
    }
}

/// A file in content/ that a document refers to (an image, an attachment, a file linked
/// from the body), as a path inside content/. Only referred files are published.
public struct FileReference: Sendable, Hashable {
    public var path: String
    /// As written in the document.
    public var name: String
    public var location: SourceLocation
    public var what: String

    public init(path: String, name: String, location: SourceLocation, what: String) {
        self.path = path
        self.name = name
        self.location = location
        self.what = what
    }
}

/// The fields every document may carry, whatever its kind.
public struct Header: Sendable, Hashable {
    public var id: DocumentID
    /// The file, relative to the content folder's parent as the user named it (`content/news/2015/x.md`).
    public var path: String
    /// The file as a location at its first line, for diagnostics about the whole file.
    public var fileLocation: SourceLocation { SourceLocation(path: path, line: 1, column: 1) }
    /// The record's folder inside content/ (`news/2015`): relative file names resolve against it.
    public var folder: String = ""
    /// Every file of content/ the document refers to.
    public var files: [FileReference] = []
    public var title: String?
    /// The date as written: a day, or EDTF as an archive writes it (`2016`, `2016~`, `2016/..`).
    public var archiveDate: ArchiveDate?
    /// The day, when the date is one exact day; nil for an inexact date (never a made-up day).
    /// Setting it sets `archiveDate` to that day.
    public var date: Day? {
        get { archiveDate?.exactDay }
        set { archiveDate = newValue.map(ArchiveDate.init(day:)) }
    }
    public var region: Reference?
    public var summary: String?
    public var tags: [String]
    public var institutions: [Reference]
    public var services: [Reference]
    public var projects: [Reference]
    public var organizations: [Reference]
    public var people: [Reference]
    public var images: [ImageRef]
    public var attachments: [Attachment]
    /// Where the record's facts come from (`source:`, one or a list), in the order written.
    public var sources: [Source]
    public var draft: Bool
    public var body: Body

    public init(id: DocumentID, path: String) {
        self.id = id
        self.path = path
        self.title = nil
        self.archiveDate = nil
        self.region = nil
        self.summary = nil
        self.tags = []
        self.institutions = []
        self.services = []
        self.projects = []
        self.organizations = []
        self.people = []
        self.images = []
        self.attachments = []
        self.sources = []
        self.draft = false
        self.body = .empty
    }

    /// Every explicit cross-reference list of the header, in field order.
    public var explicitReferences: [Reference] {
        (region.map { [$0] } ?? []) + institutions + services + projects + organizations + people
    }
}
