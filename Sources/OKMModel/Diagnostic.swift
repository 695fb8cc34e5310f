public enum Severity: String, Sendable, Hashable, Comparable {
    case error, warning

    public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
}

/// A diagnostic's stable number, `OKM1203`: the same in every language and every release,
/// so a user can look it up in docs/content-format.md and a script can match it. The
/// thousands tell the stage: 1xxx reading files and YAML, 2xxx fields (the schema), 3xxx
/// links and references between records, 4xxx privacy, 5xxx templates, output and the build
/// (59xx the build's advice). 0 is "no code yet", left only for code written before codes.
public struct DiagnosticCode: Sendable, Hashable, Comparable, CustomStringConvertible, ExpressibleByIntegerLiteral {
    public var number: Int
    public init(_ number: Int) { self.number = number }
    public init(integerLiteral value: Int) { self.number = value }
    public var description: String { "OKM" + (number < 1000 ? String(repeating: "0", count: 4 - String(number).count) : "") + String(number) }
    public static func < (a: DiagnosticCode, b: DiagnosticCode) -> Bool { a.number < b.number }
}

/// Another place a diagnostic speaks of: the other file of a duplicate slug, the closest
/// match of a "did you mean". A note without a path is a hint about the same place.
public struct DiagnosticNote: Sendable, Hashable {
    public var location: SourceLocation?
    public var text: Message

    public init(_ location: SourceLocation?, _ text: Message) {
        self.location = location
        self.text = text
    }

    public init(_ text: Message) { self.init(nil, text) }

    public init(_ location: SourceLocation?, _ message: String) { self.init(location, .verbatim(message)) }
    public init(_ message: String) { self.init(nil, .verbatim(message)) }

    /// Two notes are the same when they say the same in English at the same place, whether
    /// from the catalog or written as text.
    public static func == (a: DiagnosticNote, b: DiagnosticNote) -> Bool { a.location == b.location && a.message == b.message }
    public func hash(into h: inout Hasher) { h.combine(location); h.combine(message) }

    /// The note in English (the tests' form).
    public var message: String { text.worded(.en) }
    public func message(in language: MessageLanguage) -> String { text.worded(language) }
}

/// One problem in the content, reported as `path:line:col: error: message`.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible, Error {
    public var code: DiagnosticCode
    public var severity: Severity
    public var location: SourceLocation
    /// What the diagnostic says, before it is worded: the catalog's id (the code, or the code
    /// and a variant, `OKM1043.yaml`) and the named arguments.
    public var text: Message
    public var notes: [DiagnosticNote]

    public init(_ code: DiagnosticCode, _ severity: Severity, _ location: SourceLocation, _ text: Message, notes: [DiagnosticNote] = []) {
        self.code = code
        self.severity = severity
        self.location = location
        self.text = text
        self.notes = notes
    }

    /// A message not from the catalog, the same in every language (code written before it).
    public init(_ code: DiagnosticCode, _ severity: Severity, _ location: SourceLocation, _ message: String, notes: [DiagnosticNote] = []) {
        self.init(code, severity, location, Message.verbatim(message), notes: notes)
    }

    /// Two diagnostics are the same when they have the same code, severity and place and say
    /// the same in English (a catalog message equals the text it words).
    public static func == (a: Diagnostic, b: Diagnostic) -> Bool {
        a.code == b.code && a.severity == b.severity && a.location == b.location && a.message == b.message && a.notes == b.notes
    }
    public func hash(into h: inout Hasher) { h.combine(code); h.combine(severity); h.combine(location); h.combine(message) }

    /// The message in English (the form the tests compare and `description` prints).
    public var message: String { text.worded(.en) }
    public func message(in language: MessageLanguage) -> String { text.worded(language) }

    /// The catalog's message of this code (`variant` picks one of a code's wordings, `OKM1043.yaml`).
    public static func error(_ code: DiagnosticCode, _ location: SourceLocation, variant: String? = nil, _ arguments: [String: MessageArgument], notes: [DiagnosticNote] = []) -> Diagnostic {
        Diagnostic(code, .error, location, Message(code.description + (variant.map { "." + $0 } ?? ""), arguments), notes: notes)
    }

    public static func warning(_ code: DiagnosticCode, _ location: SourceLocation, variant: String? = nil, _ arguments: [String: MessageArgument], notes: [DiagnosticNote] = []) -> Diagnostic {
        Diagnostic(code, .warning, location, Message(code.description + (variant.map { "." + $0 } ?? ""), arguments), notes: notes)
    }

    @available(*, deprecated, message: "give the diagnostic its code: Diagnostic(code, severity, location, message)")
    public init(_ severity: Severity, _ location: SourceLocation, _ message: String) {
        self.init(0, severity, location, message)
    }

    public static func error(_ code: DiagnosticCode, _ location: SourceLocation, _ message: String, notes: [DiagnosticNote] = []) -> Diagnostic {
        Diagnostic(code, .error, location, message, notes: notes)
    }

    public static func warning(_ code: DiagnosticCode, _ location: SourceLocation, _ message: String, notes: [DiagnosticNote] = []) -> Diagnostic {
        Diagnostic(code, .warning, location, message, notes: notes)
    }

    @available(*, deprecated, message: "give the diagnostic its code: .error(code, location, message)")
    public static func error(_ location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(0, .error, location, message)
    }

    @available(*, deprecated, message: "give the diagnostic its code: .warning(code, location, message)")
    public static func warning(_ location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(0, .warning, location, message)
    }

    /// `path:line:col: error: message`, without the code (the form the tests compare).
    public var description: String { description(in: .en) }

    /// The line okm prints: `path:line:col: error: message [OKM1203]`.
    public var line: String { line(in: .en) }

    /// `error` and `warning` stay as compilers write them in every language (editors and
    /// scripts match them); the message is worded in `language`.
    public func description(in language: MessageLanguage) -> String { "\(location): \(severity.rawValue): \(message(in: language))" }
    public func line(in language: MessageLanguage) -> String { description(in: language) + " [\(code)]" }

    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.location, a.severity.rawValue, a.message) < (b.location, b.severity.rawValue, b.message)
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
