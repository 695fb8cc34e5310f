import OKMModel
import Yams

/// A field's value as the editor's form shows it: the same shape for what the file holds and
/// for what a form sends back, so that "unchanged" is a comparison of two of these.
indirect enum FormValue: Hashable, Sendable {
    /// One text value (a scalar of any type, a date, a choice, a number…).
    case text(String)
    /// A list of scalars (a single value written alone is a list of one).
    case list([String])
    /// A group's fields, by name; an absent field is "".
    case group([String: FormValue])
    /// A list of groups.
    case groups([[String: FormValue]])

    /// Empty: the form would write nothing for it.
    var isEmpty: Bool {
        switch self {
        case .text(let s): s.isEmpty
        case .list(let l): l.isEmpty
        case .group(let g): g.values.allSatisfy(\.isEmpty)
        case .groups(let g): g.isEmpty
        }
    }

    /// The empty value of a field of this type.
    static func empty(_ type: FieldType) -> FormValue {
        switch type.inForm {
        case .list(let t): t.group != nil ? .groups([]) : .list([])
        case .group(let g): .group(Dictionary(uniqueKeysWithValues: g.fields.map { ($0.name, empty($0.type)) }))
        default: .text("")
        }
    }

    /// What the file holds for a field of this type, or nil when the form cannot show it
    /// faithfully (another shape, keys the schema does not know, anchors): such a field is
    /// shown read-only and never rewritten.
    init?(node: Node, type: FieldType) {
        if node.anchor != nil { return nil }
        if case .alias = node { return nil }
        switch type.inForm {
        case .list(let item):
            if let g = item.group {
                guard case .sequence(let seq) = node else { return nil }
                var rows: [[String: FormValue]] = []
                for n in seq {
                    guard case .group(let row)? = FormValue(node: n, type: .group(g)) else { return nil }
                    rows.append(row)
                }
                self = .groups(rows)
            } else if case .sequence(let seq) = node {
                var items: [String] = []
                for n in seq {
                    guard n.anchor == nil, case .scalar(let s) = n, !s.string.isEmpty else { return nil }
                    items.append(s.string)
                }
                self = .list(items)
            } else if case .scalar(let s) = node {
                self = .list(s.string.isEmpty ? [] : [s.string])
            } else { return nil }
        case .textOrGroup:
            return nil
        case .group(let g):
            guard case .mapping(let map) = node else { return nil }
            let fields = g.fields
            var row = Dictionary(uniqueKeysWithValues: fields.map { ($0.name, FormValue.empty($0.type)) })
            for (k, v) in map {
                guard case .scalar(let key) = k, let field = fields.first(where: { $0.name == key.string }),
                      let value = FormValue(node: v, type: field.type) else { return nil }
                if case .group = value { return nil }   // groups in groups: not in the model
                row[key.string] = value
            }
            self = .group(row)
        default:
            guard case .scalar(let s) = node else { return nil }
            self = .text(s.string)
        }
    }
}

extension FieldType {
    /// The type as the form shows it: a line that may be a slug or a group (an attendance line,
    /// a reporter, the chair) is shown as its slug; a file that writes such a line as a group is
    /// shown read-only and kept as it is.
    var inForm: FieldType {
        switch self {
        case .referenceOrGroup(let kinds, _): .reference(kinds)
        case .list(let item): .list(item.inForm)
        default: self
        }
    }
}
