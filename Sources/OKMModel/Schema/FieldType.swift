/// The type of a field, as the loader reads it (docs/content-format.md §2, "Value types").
public indirect enum FieldType: Sendable, Hashable {
    /// One value, read as the text written.
    case text
    /// Text that may run over several lines (a decision, a summary).
    case multilineText
    /// `YYYY-MM-DD`, a day of the calendar.
    case date
    /// A date as an archive writes it: `YYYY-MM-DD`, or EDTF level 1 (`2016-09`, `2016`,
    /// `2016~`, `201X`, `2016/..`); see ArchiveDate.
    case archiveDate
    /// Free text holding a time of day (`10:00`, `10:00 – 12:30 ч.`).
    case time
    /// A whole number, `min` or more (nil: any).
    case number(min: Int?)
    /// `true`/`false`, `yes`/`no`, `on`/`off`.
    case yesNo
    /// A web address or a path; `javascript:` and the like are refused.
    case address
    /// A slug of one of these kinds.
    case reference([Kind])
    /// `kind/slug`, a record of any kind.
    case kindSlug
    /// One of these words.
    case choice([String])
    /// A list; a single value is a list of one, except for groups, which must be a list.
    case list(FieldType)
    /// A named group of fields.
    case group(GroupName)
    /// Where a fact comes from: `kind/slug` of a record, or the `source` group of an outside
    /// page or document (`{ title, url, accessed }`).
    case source
    /// One text value, or the group (the accessibility contact: an e-mail, or { email, phone, address }).
    case textOrGroup(GroupName)
    /// A slug of one of these kinds, or the group (an attendance line: `rdsp-ruse`, or
    /// `{organization: rdsp-ruse, count: 2}`, or `{text: …}`); the group's `forms` say which
    /// of its fields go together.
    case referenceOrGroup([Kind], GroupName)

    /// The values of a `choice` of one of the model's enums.
    public static func choice<E: RawRepresentable & CaseIterable>(of: E.Type) -> FieldType where E.RawValue == String {
        .choice(E.allCases.map(\.rawValue))
    }

    /// The group this type holds, directly or as the items of a list.
    public var group: GroupName? {
        switch self {
        case .group(let g), .textOrGroup(let g), .referenceOrGroup(_, let g): g
        case .source: .source
        case .list(let t): t.group
        default: nil
        }
    }
}
