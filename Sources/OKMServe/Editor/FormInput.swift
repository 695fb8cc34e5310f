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

/// A row button of a list of groups (`row=remove f.agenda 2`, `row=up f.agenda 2`, `row=add f.agenda`):
/// the form comes back with its rows changed and nothing saved, so it works without JavaScript.
struct RowAction: Equatable {
    enum Verb: String { case add, remove, up }
    var verb: Verb
    /// The list's input name (`f.agenda`).
    var list: String
    var row: Int

    init?(_ value: String?) {
        guard let parts = value?.split(separator: " ").map(String.init), parts.count >= 2,
              let verb = Verb(rawValue: parts[0]), parts[1].hasPrefix("f."), !parts[1].dropFirst(2).contains(".") else { return nil }
        self.verb = verb
        list = parts[1]
        if verb == .add { row = 0; guard parts.count == 2 else { return nil } } else {
            guard parts.count == 3, let n = Int(parts[2]), n >= 0, n < 10_000 else { return nil }
            row = n
        }
    }

    /// The input with the list's rows numbered anew: one removed, or one moved above the row before
    /// it; adding keeps them (the form shows an empty row after the last one). Other names stay.
    func applied(to input: FormInput) -> FormInput {
        var order = input.rows(list, groups: true)
        switch verb {
        case .add: break
        case .remove: order.removeAll { $0 == row }
        case .up:
            if let i = order.firstIndex(of: row), i > 0 { order.swapAt(i, i - 1) }
        }
        var values = input.values.filter { !$0.key.hasPrefix(list + ".") }
        for (new, old) in order.enumerated() {
            let from = "\(list).\(old).", to = "\(list).\(new)."
            for (k, v) in input.values where k.hasPrefix(from) { values[to + k.dropFirst(from.count)] = v }
        }
        values["row"] = nil
        return FormInput(values: values)
    }
}
