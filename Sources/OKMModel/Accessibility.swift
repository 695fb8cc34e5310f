/// The accessibility statement of the site (`accessibility:` in site.yml), with the parts
/// of the model statement of Commission Implementing Decision (EU) 2018/1523.
public struct AccessibilityStatement: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable, CaseIterable {
        case compliant, partiallyCompliant = "partially-compliant", nonCompliant = "non-compliant"
    }

    public enum Method: String, Sendable, Hashable, CaseIterable {
        case selfAssessment = "self-assessment", thirdParty = "third-party"
    }

    public struct Contact: Sendable, Hashable {
        public var email: String?
        public var phone: String?
        public var address: String?

        public init(email: String? = nil, phone: String? = nil, address: String? = nil) {
            self.email = email
            self.phone = phone
            self.address = address
        }
    }

    /// Compliance with the standard: fully, partially or not.
    public var status: Status
    /// The standard the site is measured against.
    public var standard: String
    /// When the statement was first prepared, and when it was last reviewed.
    public var prepared: Day?
    public var reviewed: Day
    /// How compliance was assessed.
    public var method: Method
    /// Where readers report problems and ask for content in an accessible form.
    public var contact: Contact
    /// Content that is not accessible: non-compliance, disproportionate burden, out of scope.
    public var nonCompliant: [String]
    public var disproportionateBurden: [String]
    public var outOfScope: [String]
    /// The body readers turn to when the answer does not satisfy them.
    public var enforcement: SourceLink?

    public static let defaultStandard = "EN 301 549 V3.2.1 (WCAG 2.1, ниво AA)"

    public init(status: Status, reviewed: Day, contact: Contact) {
        self.status = status
        self.standard = Self.defaultStandard
        self.reviewed = reviewed
        self.method = .selfAssessment
        self.contact = contact
        self.nonCompliant = []
        self.disproportionateBurden = []
        self.outOfScope = []
    }
}
