import Foundation
import OKMModel
import Yams

/// YAML text for the fields the editor rewrites: block style, two spaces, a scalar plain when
/// YAML reads it back as the same text, double-quoted otherwise.
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

    /// A scalar as YAML: plain when that reads back as the same string (and, for text, as a
    /// string, not a number or a yes), else double-quoted.
    static func scalar(_ s: String, type: FieldType) -> String {
        let plain = !s.contains("\n") && !s.hasPrefix(" ") && !s.hasSuffix(" ") && !s.hasPrefix("'") && !s.hasPrefix("\"")
        if plain, let node = try? Yams.compose(yaml: "k: \(s)\n"), case .mapping(let m) = node,
           case .scalar(let v)? = m["k"], v.string == s, v.style == .plain {
            let n = Node.scalar(v)
            switch type {
            case .number, .yesNo, .date, .archiveDate: return s
            default: if n.int == nil && n.float == nil && n.bool == nil && n.null == nil && n.timestamp == nil { return s }
            }
        }
        return quoted(s)
    }

    static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if u.value < 0x20 || u.value == 0x7F { out += String(format: "\\x%02X", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}
