extension ProtocolRecord {
    /// The organizations and people the attendance names, in its order.
    public var attendees: [Reference] { attendance.compactMap(\.reference) }
}

extension AgendaItem {
    /// The people among the reporters, in their order.
    public var reporters: [Reference] { reporterLines.compactMap(\.reference) }
}

/// A meeting protocol of a coordination mechanism.
public struct ProtocolRecord: Sendable, Hashable {
    public var header: Header
    public var number: String?
    /// Where `number` is written, for the error about a number two meetings share.
    public var numberLocation: SourceLocation?
    public var time: String?
    public var place: String?
    public var approvedBy: Approval?
    /// The day the approver signed "ОДОБРЯВАМ".
    public var approvedOn: ArchiveDate?
    /// The signed scan, published beside the page once the protocol is.
    public var original: SignedOriginal?
    public var chair: Reference?
    /// The post the chair held at the meeting, as written (`chair: {person, post}`).
    public var chairPost: String?
    /// The attendance as written, in the original's order (docs/content-format.md, "Attendance").
    public var attendance: [WrittenLine]
    public var attendanceNote: String?
    public var agenda: [AgendaItem]
    public var decisions: [Decision]
    public var nextMeeting: ArchiveDate?
    public var preparedBy: Reference?

    public init(header: Header) {
        self.header = header
        self.attendance = []
        self.agenda = []
        self.decisions = []
    }
}

public struct Approval: Sendable, Hashable {
    public var person: Reference
    public var post: String?

    public init(person: Reference, post: String?) {
        self.person = person
        self.post = post
    }
}

/// The signed original of a protocol (a scan): a file in the record's folder, like an attachment.
public struct SignedOriginal: Sendable, Hashable {
    /// As written in `original:`.
    public var file: String
    public var location: SourceLocation
    /// Its size, once the build has found it in content/ (nil when it is missing).
    public var bytes: Int?

    public init(file: String, location: SourceLocation, bytes: Int? = nil) {
        self.file = file
        self.location = location
        self.bytes = bytes
    }
}

public struct AgendaItem: Sendable, Hashable {
    /// 1-based position in the agenda: the N of `## По т. N`.
    public var number: Int
    public var title: String
    /// Who reported, as written: people (with their posts) or a group as text.
    public var reporterLines: [WrittenLine]
    public var institutions: [Reference]
    public var services: [Reference]
    public var projects: [Reference]
    public var organizations: [Reference]
    public var location: SourceLocation

    public init(number: Int, title: String, location: SourceLocation) {
        self.number = number
        self.title = title
        self.reporterLines = []
        self.institutions = []
        self.services = []
        self.projects = []
        self.organizations = []
        self.location = location
    }
}

/// How a mechanism numbers its protocols: anew each year (№ 2/25.11.2014, the default, as the
/// seeds read) or one sequence over the years.
public enum ProtocolNumbering: String, Sendable, Hashable, CaseIterable {
    case yearly, continuous
}

public enum DecisionStatus: String, Sendable, Hashable, CaseIterable {
    case open, inProgress = "in-progress", done, dropped

    /// Still to be done: open or in progress.
    public var isOpen: Bool { self == .open || self == .inProgress }
}

public struct Decision: Sendable, Hashable {
    /// 1-based position among the protocol's decisions.
    public var ordinal: Int
    public var text: String
    public var agendaItem: Int?
    /// Where `agenda_item` is written, for errors about it.
    public var agendaItemLocation: SourceLocation?
    public var responsible: [Reference]
    public var due: ArchiveDate?
    public var status: DecisionStatus
    public var closedBy: Reference?
    /// Where the decision is recorded, when not (only) in its protocol.
    public var source: Source?
    public var location: SourceLocation

    public init(ordinal: Int, text: String, status: DecisionStatus, location: SourceLocation) {
        self.ordinal = ordinal
        self.text = text
        self.responsible = []
        self.status = status
        self.location = location
    }

    /// THE rule of "overdue", for the pages, the decision lists and the advice (OKM5904): open
    /// and past its due date; for a due date without an exact day (`2015`, `2015~`), past its
    /// latest possible day; never for one with an open end (`2015/..`). Never when `today` is
    /// nil, so builds without a date are reproducible.
    public func isOverdue(today: Day?) -> Bool {
        guard let today, let due = due?.latest, status.isOpen else { return false }
        return due < today
    }
}

public struct NewsItem: Sendable, Hashable {
    public var header: Header
    /// When what it tells of happened: a day, or as an archive writes it (`2015-09`, `2015~`).
    public var eventDate: ArchiveDate?
    /// The event the news item reports (`event: <slug>`); its page and the event's link each other.
    public var event: Reference?

    public init(header: Header) { self.header = header }
}

public enum EventFormat: String, Sendable, Hashable, CaseIterable {
    case seminar, roundTable = "round-table", training, conference, meeting
}

public struct Presenter: Sendable, Hashable {
    public var person: Reference
    public var topic: String?

    public init(person: Reference, topic: String?) {
        self.person = person
        self.topic = topic
    }
}

public struct Event: Sendable, Hashable {
    public var header: Header
    public var format: EventFormat
    public var place: String?
    public var time: String?
    public var participants: Int?
    public var presenters: [Presenter]

    public init(header: Header, format: EventFormat) {
        self.header = header
        self.format = format
        self.presenters = []
    }
}

/// A free page (about, principles, results) at `/<slug>/`.
public struct Page: Sendable, Hashable {
    public var header: Header
    /// Position in lists of pages; lower first.
    public var weight: Int

    public init(header: Header, weight: Int = 0) {
        self.header = header
        self.weight = weight
    }
}
