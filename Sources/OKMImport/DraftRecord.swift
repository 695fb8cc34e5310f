import OKMBuild
import OKMLoad
import OKMModel

/// A record the importer writes: `draft: true`, then its fields in the order the archetypes
/// (templates/archetypes) write them, then the body. Values are YAML written by the importer
/// (`scalar`, `quoted`), never the document's text unquoted.
struct DraftRecord {
    var kind: Kind
    /// Inside content/: `protocols/2014/ruse-2014-11-25.md`.
    var relativePath = ""
    var body = ""
    /// Images taken out of the document, and the names they get beside the record.
    var media: [(source: String, name: String)] = []
    private var fields: [(key: String, value: String)] = []

    init(kind: Kind) { self.kind = kind }

    mutating func set(_ key: String, _ value: String) {
        fields.removeAll { $0.key == key }
        fields.append((key, value))
    }

    func value(_ key: String) -> String? { fields.first { $0.key == key }?.value }

    /// The archetypes' order: what a person fills in first comes first.
    static let order = ["title", "name", "region", "number", "date", "time", "place", "approved_by", "approved_on", "chair", "attendees",
                        "attendance_note", "agenda", "decisions", "next_meeting", "prepared_by"]

    var text: String {
        let sorted = fields.sorted { (Self.order.firstIndex(of: $0.key) ?? 99) < (Self.order.firstIndex(of: $1.key) ?? 99) }
        var out = "---\ndraft: true\n"
        for (key, value) in sorted { out += value.hasPrefix("\n") ? "\(key):\(value)\n" : "\(key): \(value)\n" }
        out += "---\n"
        if !body.isEmpty { out += body + "\n" }
        return out
    }

    /// A text as a YAML scalar, by the one writer (`YAMLScalar`). Flow-safe everywhere, since
    /// some of the importer's values stand inside `{ person: …, post: … }`.
    static func scalar(_ s: String) -> String {
        YAMLScalar.write(s, in: .flow)
    }

    static func quoted(_ s: String) -> String {
        YAMLScalar.quoted(s)
    }

    /// The text a written scalar stands for.
    static func unquoted(_ s: String) -> String {
        YAMLScalar.read(s) ?? s
    }
}
