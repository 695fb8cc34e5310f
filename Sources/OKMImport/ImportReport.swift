import OKMModel

/// What one document gave: every field filled with the line of the converted text it came
/// from, every field left out and why, the names that match no record, the files written.
public struct ImportReport: Sendable {
    public struct Filled: Sendable, Hashable {
        public var field: String
        public var value: String
        public var line: Int
        public var quote: String
    }

    public struct Unknown: Sendable, Hashable {
        public var name: String
        public var role: String
        public var line: Int
        public var post: String?
    }

    public var source: String
    public var kind: Kind?
    public var filled: [Filled] = []
    public var notFilled: [(field: String, why: String)] = []
    public var unknown: [Unknown] = []
    public var images: [String] = []
    /// The record's path (also in a dry run, where nothing is written).
    public var target: String?
    /// The record's path once written.
    public var written: String?
    public var createdFiles: [String] = []
    /// Why nothing (or not everything) was written.
    public var problems: [String] = []

    init(source: String, failure: String? = nil) {
        self.source = source
        if let failure { problems.append(failure) }
    }

    mutating func filled(_ field: String, _ value: String, line: Int, quote: String) {
        filled.append(Filled(field: field, value: value, line: line, quote: quote))
    }

    mutating func notFilled(_ field: String, _ why: String) { notFilled.append((field, why)) }

    static func short(_ s: String, _ limit: Int = 90) -> String {
        s.count <= limit ? s : String(s.prefix(limit)) + "…"
    }

    /// The report as a person reads it in the terminal.
    public var text: String {
        var out = "\(source)"
        if let kind { out += " → \(written ?? target ?? "?") (\(kind.singular), draft)" }
        out += "\n"
        for f in filled {
            out += "  \(f.field): \(Self.short(f.value, 60))\n      line \(f.line): \(Self.short(f.quote))\n"
        }
        for n in notFilled { out += "  not filled — \(n.field): \(n.why)\n" }
        for u in unknown {
            out += "  unknown name — \(u.name) (\(u.role), line \(u.line)\(u.post.map { ", \($0)" } ?? "")): no record has this name; add it, or import again with --create-missing\n"
        }
        for f in createdFiles { out += "  created — \(f) (a draft: check its fields)\n" }
        for i in images { out += "  image — \(i) (beside the record; add it to 'images' with an 'alt' text to publish it)\n" }
        for p in problems { out += "  error — \(p)\n" }
        return out
    }

    /// One line for the summary table of a folder.
    public var summaryLine: String {
        let what = problems.isEmpty ? (kind?.singular ?? "?") : "error"
        return "\(what)\t\(filled.count) filled\t\(notFilled.count) not filled\t\(unknown.count) unknown\t\(source)"
    }
}
