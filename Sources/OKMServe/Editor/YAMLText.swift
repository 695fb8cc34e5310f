import Foundation
import OKMLoad
import OKMModel

/// YAML text for the fields the editor rewrites: block style, two spaces, each scalar by
/// `YAMLScalar` (plain when YAML reads it back as the same text, double-quoted otherwise).
enum YAMLText {
    /// `key: value` lines (without line ends) for a field of this type; none when the value is empty.
    static func lines(key: String, value: FormValue, type: FieldType) -> [String] {
        switch value {
        case .text(let s):
            return s.isEmpty ? [] : ["\(key): \(scalar(s, type: type))"]
        case .list(let items):
            return items.isEmpty ? [] : ["\(key):"] + items.map { "  - \(scalar($0, type: type))" }
        case .group(let row):
            guard let g = type.group, !value.isEmpty else { return [] }
            return ["\(key):"] + groupLines(row, g).map { "  " + $0 }
        case .groups(let rows):
            guard let g = type.group, !rows.isEmpty else { return [] }
            var out = ["\(key):"]
            for row in rows {
                for (n, l) in groupLines(row, g).enumerated() { out.append((n == 0 ? "  - " : "    ") + l) }
            }
            return out
        }
    }

    /// A group's fields in the schema's order; a required field is written even when empty
    /// (an image's `alt: ""` says "decoration").
    static func groupLines(_ row: [String: FormValue], _ g: GroupName) -> [String] {
        var out: [String] = []
        for f in g.fields {
            let v = row[f.name] ?? .text("")
            if v.isEmpty, f.requirement == .required, case .text = v { out.append("\(f.name): \"\""); continue }
            out += lines(key: f.name, value: v, type: f.type)
        }
        return out
    }

    /// A scalar as YAML, by the one writer (OKMLoad's `YAMLScalar`): a typed field's value
    /// (a number, a yes/no, a date) may stand plain as what it is; a text's may not.
    static func scalar(_ s: String, type: FieldType) -> String {
        switch type {
        case .number, .yesNo, .date, .archiveDate: return YAMLScalar.write(s, typed: true)
        default: return YAMLScalar.write(s)
        }
    }
}
