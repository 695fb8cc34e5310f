import Foundation
import OKMModel

/// A submitted form (`application/x-www-form-urlencoded`), and the field values read from it
/// by the names the editor's form gives its inputs: `f.title`, `f.aliases.0`, `f.agenda.2.title`,
/// `f.agenda.2.reporters.0`, `f.approved_by.person`. A field the form showed also sends `f.<name>`
/// itself (the input, or a hidden marker for lists and groups): a field a request does not
/// name is left as it is.
struct FormInput {
    var values: [String: String] = [:]

    init(values: [String: String]) { self.values = values }

    /// Parses a urlencoded body; a name given twice keeps its first value.
    init(urlencoded body: String) {
        for pair in body.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String {
                String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            let name = decode(parts[0])
            if values[name] == nil { values[name] = parts.count > 1 ? decode(parts[1]) : "" }
        }
    }

    subscript(_ name: String) -> String? { values[name] }

    /// Text as the form sent it, with a browser's CRLF line ends made LF.
    func text(_ name: String) -> String {
        (values[name] ?? "").replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// The row numbers sent under a prefix (`f.agenda.` → 0, 1, 2), in order.
    func rows(_ prefix: String, groups: Bool) -> [Int] {
        var found = Set<Int>()
        let p = prefix + "."
        for name in values.keys where name.hasPrefix(p) {
            let rest = name.dropFirst(p.count)
            let head = groups ? rest.prefix { $0 != "." } : rest
            if groups && head.count == rest.count { continue }
            if let n = Int(head), n >= 0, n < 10_000 { found.insert(n) }
        }
        return found.sorted()
    }

    /// The value of a field of this type sent under `name`.
    func value(_ name: String, _ type: FieldType) -> FormValue {
        switch type.inForm {
        case .list(let item):
            if let g = item.group {
                let rows = self.rows(name, groups: true).compactMap { n -> [String: FormValue]? in
                    guard case .group(let row) = value("\(name).\(n)", .group(g)) else { return nil }
                    return row.values.allSatisfy(\.isEmpty) ? nil : row
                }
                return .groups(rows)
            }
            let items = self.rows(name, groups: false).map { text("\(name).\($0)") }
                .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            return .list(items)
        case .group(let g):
            return .group(Dictionary(uniqueKeysWithValues: g.fields.map { ($0.name, value("\(name).\($0.name)", $0.type)) }))
        default:
            return .text(text(name))
        }
    }
}
