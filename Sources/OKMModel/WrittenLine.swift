/// A line of a protocol as the original writes it — a line of the attendance, a reporter of an
/// agenda item, the chair: a person (with the post they held at the meeting), an organization
/// (with how many represented it) or free text ("представители на шест от общините в Област Русе").
public struct WrittenLine: Sendable, Hashable {
    /// The person or organization the line names; nil for a text line.
    public var reference: Reference?
    /// The free text of a text line.
    public var text: String?
    /// The post a person held at the meeting, as the original writes it.
    public var post: String?
    /// How many represented an organization.
    public var count: Int?
    /// The original's wording of the named entity, shown instead of its name (`as:`).
    public var asWritten: String?
    /// The word that joins an attendance line to the one before it in the original's sentence
    /// ("и" in "МБАЛ Бяла и МБАЛ Русе", `joined:`); nil for a comma.
    public var joined: String?
    /// Where an attendance line comes from, when not only its protocol (`source:`).
    public var source: Source?
    public var location: SourceLocation

    public init(reference: Reference, post: String? = nil, count: Int? = nil, asWritten: String? = nil) {
        self.reference = reference
        self.post = post
        self.count = count
        self.asWritten = asWritten
        self.location = reference.location
    }

    public init(text: String, at location: SourceLocation) {
        self.text = text
        self.location = location
    }
}

/// How a person is addressed before the name where the original's form does ("г-жа Мариела Личева").
public enum Honorific: String, Sendable, Hashable, CaseIterable {
    case mr = "г-н", mrs = "г-жа", dr = "д-р", prof = "проф."
}
