/// What every entity has: a name to show and the names a body may mention it by.
public struct Names: Sendable, Hashable {
    public var name: String
    public var short: String?
    public var aliases: [String]
    /// The name in English (`name_en`), used by an English build instead of `name` and `short`;
    /// nil when the file gives none (then the Bulgarian name shows, marked `lang="bg"`).
    public var english: String? = nil
    /// Where each form was written, for errors about a form shared by two entities.
    public var locations: [String: SourceLocation]

    public init(name: String, short: String? = nil, aliases: [String] = [], locations: [String: SourceLocation] = [:]) {
        self.name = name
        self.short = short
        self.aliases = aliases
        self.locations = locations
    }

    /// Every form a body may use, longest first.
    public var all: [String] {
        ([name] + (short.map { [$0] } ?? []) + aliases).sorted { $0.count > $1.count }
    }

    /// The form to use in tables and links.
    public var display: String { short ?? name }

    /// The form to show in a page of `language`: the English name in English when there is one.
    public func display(in language: String) -> String { language == "en" ? english ?? display : display }

    /// The full name in a page of `language`.
    public func name(in language: String) -> String { language == "en" ? english ?? name : name }

    /// Whether a page of `language` shows this entity's name in Bulgarian, in an English page
    /// (text that then needs `lang="bg"`).
    public func isForeign(in language: String) -> Bool { language == "en" && english == nil }
}

public enum InstitutionKind: String, Sendable, Hashable, CaseIterable {
    case dmsgd, ddlrg, ddumu, dlrg, other
}

public enum ClosureStatus: String, Sendable, Hashable, CaseIterable, Comparable {
    case operating, closurePlanned = "closure-planned", noChildren = "no-children", liquidation, closed, restructured
    /// No source states a status: the status of an institution without a timeline. Never a
    /// step's status (the schema and the decoder refuse it); counted apart, never as operating.
    case unknown

    /// What a timeline step may say: every status but `unknown`.
    public static let stepStatuses: [ClosureStatus] = allCases.filter { $0 != .unknown }

    /// Position in the order a closure moves; `restructured` is a closing state like `closed`.
    public var rank: Int {
        switch self {
        case .unknown: -1
        case .operating: 0
        case .closurePlanned: 1
        case .noChildren: 2
        case .liquidation: 3
        case .closed, .restructured: 4
        }
    }

    public var isClosing: Bool { rank == 4 }

    public static func < (a: ClosureStatus, b: ClosureStatus) -> Bool { a.rank < b.rank }
}

public struct Milestone: Sendable, Hashable {
    /// The step's date as written: a day, or as an archive writes it (`2015`, `2015~`,
    /// `2015/..`); nil for a step the sources report without a date ("по данни от …"), which
    /// then must name its `source`.
    public var archiveDate: ArchiveDate?
    /// The step's day, when its date is one exact day.
    public var date: Day? {
        get { archiveDate?.exactDay }
        set { archiveDate = newValue.map(ArchiveDate.init(day:)) }
    }
    public var status: ClosureStatus
    public var children: Int?
    /// Where the step is reported: a record or an outside document.
    public var source: Source?
    public var note: String?
    public var location: SourceLocation
    /// Where `date` and `status` are written, for the timeline checks; the entry's location when unknown.
    public var dateLocation: SourceLocation?
    public var statusLocation: SourceLocation?
    /// The date of the `source` record, set by the linker; where an undated step is placed.
    public var sourceDate: Day?

    /// The day the step counts from in figures over time: its own date, else its source's;
    /// nil for an undated step whose source has no date, and for a step dated without an exact
    /// day (`2015~`): no day is made up for it, so it counts only in "now".
    public var placed: Day? { archiveDate == nil ? sourceDate : date }

    public init(date: Day?, status: ClosureStatus, location: SourceLocation) {
        self.archiveDate = date.map(ArchiveDate.init(day:))
        self.status = status
        self.location = location
    }
}

public struct Institution: Sendable, Hashable {
    public var header: Header
    public var names: Names
    public var kind: InstitutionKind
    public var municipality: String?
    public var capacity: Int?
    public var timeline: [Milestone]
    public var replacedBy: [Reference]

    public init(header: Header, names: Names, kind: InstitutionKind) {
        self.header = header
        self.names = names
        self.kind = kind
        self.timeline = []
        self.replacedBy = []
    }

    /// The status of the last milestone; unknown when the timeline is empty (no source says).
    public var currentStatus: ClosureStatus { timeline.last?.status ?? .unknown }
}

public enum ServiceKind: String, Sendable, Hashable, CaseIterable {
    case familyTypeCentre = "family-type-centre", protectedHome = "protected-home", dayCentre = "day-centre"
    case complex, fosterCare = "foster-care", motherAndBaby = "mother-and-baby", other
}

public struct Service: Sendable, Hashable {
    public var header: Header
    public var names: Names
    public var kind: ServiceKind
    public var provider: Reference?
    /// As an archive writes it (EDTF, ArchiveDate).
    public var opened: ArchiveDate?
    public var capacity: Int?
    public var replaces: [Reference]

    public init(header: Header, names: Names, kind: ServiceKind) {
        self.header = header
        self.names = names
        self.kind = kind
        self.replaces = []
    }
}

public struct Project: Sendable, Hashable {
    public var header: Header
    public var names: Names
    public var code: String?
    public var beneficiary: Reference?
    public var partners: [Reference]
    public var associates: [Reference]
    public var programme: String?
    public var fund: String?
    /// As an archive writes them (EDTF, ArchiveDate).
    public var start: ArchiveDate?
    public var end: ArchiveDate?

    public init(header: Header, names: Names) {
        self.header = header
        self.names = names
        self.partners = []
        self.associates = []
    }
}

public enum OrganizationKind: String, Sendable, Hashable, CaseIterable {
    case administration, municipality, agency, directorate, inspectorate, hospital, ngo, provider, court, school, other
}

public struct Organization: Sendable, Hashable {
    public var header: Header
    public var names: Names
    public var kind: OrganizationKind
    public var parent: Reference?
    public var url: String?

    public init(header: Header, names: Names, kind: OrganizationKind) {
        self.header = header
        self.names = names
        self.kind = kind
    }
}

public struct Post: Sendable, Hashable {
    public var title: String
    public var organization: Reference?
    /// As an archive writes them (EDTF, ArchiveDate); nil is open.
    public var from: ArchiveDate?
    public var to: ArchiveDate?

    public init(title: String, organization: Reference?, from: ArchiveDate?, to: ArchiveDate?) {
        self.title = title
        self.organization = organization
        self.from = from
        self.to = to
    }

    /// Whether the post can have been held on a day between `earliest` and `latest` (a
    /// meeting's date; nil is open): it can when the post began on or before the latest of
    /// them and ended on or after the earliest — by the earliest day `from` allows and the
    /// latest `to` allows, so `from: 2013` counts for a meeting on 2013-02-01 and `to: 2016`
    /// for one on 2016-12-15. A post without `from` or `to` is open at that end.
    public func canBeHeld(from earliest: Day?, to latest: Day?) -> Bool {
        if let began = from?.earliest, let latest, latest < began { return false }
        if let ended = to?.latest, let earliest, ended < earliest { return false }
        return true
    }
}

public struct Person: Sendable, Hashable {
    public var header: Header
    public var name: String
    public var posts: [Post]
    /// г-н, г-жа, д-р, проф.: written before the name where the original's form does.
    public var honorific: Honorific?

    public init(header: Header, name: String) {
        self.header = header
        self.name = name
        self.posts = []
    }
}

public struct Mechanism: Sendable, Hashable {
    public var established: ArchiveDate?
    public var order: String?
    public var initiatedBy: Reference?
    /// Its own numbering of protocols; the site's (`protocol_numbering`) when nil.
    public var numbering: ProtocolNumbering? = nil

    public init(established: ArchiveDate?, order: String?, initiatedBy: Reference?) {
        self.established = established
        self.order = order
        self.initiatedBy = initiatedBy
    }
}

public struct Region: Sendable, Hashable {
    public var header: Header
    public var names: Names
    public var mechanism: Mechanism?

    public init(header: Header, names: Names) {
        self.header = header
        self.names = names
    }
}
