import OKMBuild
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

    /// A text as a YAML scalar: plain when YAML reads it back as the same text, else double-quoted.
    static func scalar(_ s: String) -> String {
        let plain = NewRecord.yamlScalar(s)
        let risky = s.isEmpty || s.hasSuffix(" ") || s.hasPrefix(" ") || s.contains("\"") || s.contains("\\")
            || ["true", "false", "yes", "no", "null", "~"].contains(s.lowercased()) || Double(s) != nil || s.first == "`"
            || s.contains("{") || s.contains("}") || s.contains("[") || s.contains("]") || s.contains(",") || s.contains("#")
        return plain == s && !risky ? s : quoted(s)
    }

    static func quoted(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func unquoted(_ s: String) -> String {
        guard s.hasPrefix("\""), s.hasSuffix("\""), s.count >= 2 else { return s }
        return String(s.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\\\", with: "\\")
    }
}
