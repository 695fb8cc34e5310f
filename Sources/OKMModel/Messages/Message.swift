/// A message before it is worded: the id of its text in the catalog (a diagnostic's code,
/// `OKM2003`, or a name for the tool's own words, `cli.summary`) and its named arguments
/// (`{field}`, `{found}`…). It is worded only when printed, in the language asked for, so
/// one run can print either language and the codes stay the same in both.
public struct Message: Sendable, Hashable {
    public var id: String
    public var arguments: [String: MessageArgument]

    public init(_ id: String, _ arguments: [String: MessageArgument] = [:]) {
        self.id = id
        self.arguments = arguments
    }

    /// Text not from the catalog (a tool's own error text, a YAML parser's words): printed
    /// as it is in every language. Code written before the catalog still makes these; the
    /// scan in DiagnosticCodeTests lists the files that do.
    public static func verbatim(_ text: String) -> Message { Message("", ["text": .text(text)]) }

    /// The message in `language`: the catalog's text with each `{name}` replaced by its
    /// argument (itself worded in the same language). An id missing from a language falls
    /// back to English, then to the id itself.
    public func worded(_ language: MessageLanguage) -> String {
        if id.isEmpty, case .text(let t)? = arguments["text"] { return t }
        guard let template = Messages.table(language)[id] ?? Messages.table(.en)[id] else { return id }
        return Messages.fill(template) { name in arguments[name]?.worded(language) }
    }
}

/// An argument of a message: text as written (a path, a slug, a field's name, a number) or
/// another message of the catalog (a phrase such as "a list", worded in the same language).
public indirect enum MessageArgument: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByStringInterpolation {
    case text(String)
    case message(Message)
    /// A number with `places` decimals, written with the language's decimal mark ("0,47" in
    /// Bulgarian, "0.47" in English); `width` pads it on the left, for columns.
    case decimal(Double, places: Int, width: Int = 0)

    public init(stringLiteral value: String) { self = .text(value) }
    public init(stringInterpolation: DefaultStringInterpolation) { self = .text(String(stringInterpolation: stringInterpolation)) }

    public static func phrase(_ id: String, _ arguments: [String: MessageArgument] = [:]) -> MessageArgument {
        .message(Message(id, arguments))
    }

    public func worded(_ language: MessageLanguage) -> String {
        switch self {
        case .text(let t): t
        case .message(let m): m.worded(language)
        case .decimal(let value, let places, let width):
            String(format: "%\(width).\(places)f", value).replacingOccurrences(of: ".", with: language == .bg ? "," : ".")
        }
    }
}

public enum Messages {
    public static func table(_ language: MessageLanguage) -> [String: String] {
        switch language {
        case .bg: bg
        case .en: en
        }
    }

    /// `template` with every `{name}` replaced by `value(name)`; a name without a value is
    /// left as written, so a missing argument shows in the tests.
    public static func fill(_ template: String, _ value: (String) -> String?) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            if let v = value(name), !name.isEmpty, !name.contains(" ") { out += v } else { out += rest[open...close] }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// The tool's own words (`cli.*`, `serve.*`, `progress.*`) in `language`.
    public static func say(_ id: String, _ arguments: [String: MessageArgument] = [:], in language: MessageLanguage) -> String {
        Message(id, arguments).worded(language)
    }
}

extension MessageArgument {
    /// A kind's name in the messages' language ("person", „лице“).
    public static func kind(_ kind: Kind) -> MessageArgument { .phrase("kind." + kind.folder) }

    /// "a or b", "a or b or c" in the messages' language.
    public static func or(_ items: [MessageArgument]) -> MessageArgument {
        guard var out = items.first else { return "" }
        for item in items.dropFirst() { out = .phrase("or", ["a": out, "b": item]) }
        return out
    }

    /// "a, b, c": the items one after another, with the language's comma.
    public static func commas(_ items: [MessageArgument]) -> MessageArgument {
        guard var out = items.first else { return "" }
        for item in items.dropFirst() { out = .phrase("comma", ["a": out, "b": item]) }
        return out
    }

    /// A phrase's plural, `what.decision` → `what.decision.many`; text stays as it is.
    public var many: MessageArgument {
        if case .message(let m) = self { return .message(Message(m.id + ".many", m.arguments)) }
        return self
    }
}
