import OKMModel

/// What one document gave: every field filled with the line of the converted text it came
/// from, every field left out and why, the names that match no record, the files written.
public struct ImportReport: Sendable {
    public struct Filled: Sendable, Hashable {
        /// A field's name as written (`number`) or a phrase of the catalog (`import.field.decision`).
        public var field: MessageArgument
        /// The value as written into the record, or a phrase (`import.value.lines`).
        public var value: MessageArgument
        public var line: Int
        public var quote: String
    }

    public struct Unknown: Sendable, Hashable {
        public var name: String
        public var role: MessageArgument
        public var line: Int
        public var post: String?
    }

    public var source: String
    public var kind: Kind?
    public var filled: [Filled] = []
    public var notFilled: [(field: MessageArgument, why: Message)] = []
    public var unknown: [Unknown] = []
    public var images: [String] = []
    /// The record's path (also in a dry run, where nothing is written).
    public var target: String?
    /// The record's path once written.
    public var written: String?
    public var createdFiles: [String] = []
    /// Why nothing (or not everything) was written.
    public var problems: [Message] = []

    init(source: String, failure: Message? = nil) {
        self.source = source
        if let failure { problems.append(failure) }
    }

    mutating func filled(_ field: MessageArgument, _ value: String, line: Int, quote: String) {
        filled(field, .text(value), line: line, quote: quote)
    }

    mutating func filled(_ field: MessageArgument, _ value: MessageArgument, line: Int, quote: String) {
        filled.append(Filled(field: field, value: value, line: line, quote: quote))
    }

    mutating func notFilled(_ field: MessageArgument, _ why: String, _ arguments: [String: MessageArgument] = [:]) {
        notFilled.append((field, Message("import.why." + why, arguments)))
    }

    static func short(_ s: String, _ limit: Int = 90) -> String {
        s.count <= limit ? s : String(s.prefix(limit)) + "…"
    }

    /// The report as a person reads it in the terminal, in English (the tests' form).
    public var text: String { text(in: .en) }

    /// The report in `language`: each line from the catalog (`import.*`); the values and the
    /// quoted lines are the document's own words.
    public func text(in language: MessageLanguage) -> String {
        func say(_ id: String, _ arguments: [String: MessageArgument] = [:]) -> String { Messages.say(id, arguments, in: language) }
        var out = source
        if let kind { out += say("import.target", ["target": "\(written ?? target ?? "?")", "kind": .kind(kind)]) }
        out += "\n"
        for f in filled {
            out += say("import.filled", ["field": f.field, "value": "\(Self.short(f.value.worded(language), 60))", "line": "\(f.line)", "quote": "\(Self.short(f.quote))"]) + "\n"
        }
        for n in notFilled { out += say("import.notFilled", ["field": n.field, "why": .message(n.why)]) + "\n" }
        for u in unknown {
            let post: MessageArgument = u.post.map { .phrase("import.post", ["post": "\($0)"]) } ?? ""
            out += say("import.unknown", ["name": "\(u.name)", "role": u.role, "line": "\(u.line)", "post": post]) + "\n"
        }
        for f in createdFiles { out += say("import.created", ["path": "\(f)"]) + "\n" }
        for i in images { out += say("import.image", ["name": "\(i)"]) + "\n" }
        for p in problems { out += say("import.error", ["problem": .message(p)]) + "\n" }
        return out
    }

    /// One line for the summary table of a folder, in English (the tests' form).
    public var summaryLine: String { summaryLine(in: .en) }

    public func summaryLine(in language: MessageLanguage) -> String {
        let what: MessageArgument = problems.isEmpty ? (kind.map { .kind($0) } ?? "?") : .phrase("import.failed")
        return Messages.say("import.summary", ["what": what, "filled": "\(filled.count)", "notFilled": "\(notFilled.count)",
                                               "unknown": "\(unknown.count)", "source": "\(source)"], in: language)
    }
}
