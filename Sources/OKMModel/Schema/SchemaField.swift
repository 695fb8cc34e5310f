/// A label or help text in the two languages of the site's UI.
public struct Words: Sendable, Hashable {
    public var bg: String
    public var en: String

    public init(_ bg: String, _ en: String) {
        self.bg = bg
        self.en = en
    }
}

/// Whether a field must be written, and what a draft may leave out.
public enum Requirement: Sendable, Hashable {
    /// May be left out.
    case optional
    /// Must be written, in drafts too: without it the group (an agenda item, an image…) means nothing.
    case required
    /// Must be written before the record is published; a record with `draft: true` may leave it
    /// out (a warning). A value that is written must still be right, draft or not.
    case requiredWhenPublished

    public var isRequired: Bool { self != .optional }
}

/// One field of a kind's front matter, of a group, or of site.yml.
public struct SchemaField: Sendable, Hashable {
    public var name: String
    public var type: FieldType
    public var requirement: Requirement
    public var label: Words
    public var help: Words
    /// A value as an author would write it (for a list, one item; nil for groups, whose example is their fields').
    public var example: String?
    /// Words added to "is missing the required field 'x'", when the type's own (a date's format,
    /// a choice's values) do not say enough.
    public var missingHint: String?

    public init(_ name: String, _ type: FieldType, _ requirement: Requirement = .optional,
                label: Words, help: Words, example: String? = nil, missingHint: String? = nil) {
        self.name = name
        self.type = type
        self.requirement = requirement
        self.label = label
        self.help = help
        self.example = example
        self.missingHint = missingHint
    }

    /// What "is missing the required field" adds: the field's own words, else the type's.
    public var hintWhenMissing: String {
        if let missingHint { return missingHint }
        switch type {
        case .date, .archiveDate: return " (a date written YYYY-MM-DD)"
        case .choice(let values): return " (one of: \(values.joined(separator: ", ")))"
        default: return ""
        }
    }

    func with(_ requirement: Requirement) -> SchemaField {
        var f = self
        f.requirement = requirement
        return f
    }
}
