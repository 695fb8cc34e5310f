import Foundation
import Yams

/// The one writer of YAML scalars: what `okm new`, `okm import` and the editor write into a
/// record's front matter. A text is written plain when Yams (the loader's own parser) reads it
/// back as the same string, in the same place, and — unless the field is typed (a number, a
/// yes/no, a date) — as a string, not a number, a yes or a date; otherwise double-quoted, with
/// line ends and control characters escaped. Nothing is guessed from a list of characters:
/// the parser that will read the file decides.
public enum YAMLScalar {
    /// Where the scalar stands: a block value (`key: x`, `- x`), or inside `{ }` / `[ ]`,
    /// where `,`, `[`, `]`, `{`, `}` end a plain scalar.
    public enum Context: Sendable {
        case block, flow
    }

    /// `typed`: the field is read as a number, a yes/no or a date, so a plain `12` or `2015-03-10`
    /// is what it should be.
    public static func write(_ s: String, typed: Bool = false, in context: Context = .block) -> String {
        isPlain(s, typed: typed, in: context) ? s : quoted(s)
    }

    /// A double-quoted scalar: `"` and `\` escaped, line ends, tabs and control characters as escapes.
    public static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if u.value < 0x20 || (0x7F...0x9F).contains(u.value) || u.value == 0xFEFF || u.value == 0x2028 || u.value == 0x2029 {
                    out += u.value <= 0xFF ? String(format: "\\x%02X", u.value) : String(format: "\\u%04X", u.value)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    /// What YAML reads from a scalar as written (`write`'s inverse); nil when it is not one.
    public static func read(_ written: String) -> String? {
        guard let node = try? Yams.compose(yaml: "k: \(written)\n"), case .scalar(let v)? = node["k"] else { return nil }
        return v.string
    }

    static func isPlain(_ s: String, typed: Bool, in context: Context) -> Bool {
        guard !s.isEmpty, !s.contains(where: \.isNewline), s.first?.isWhitespace == false, s.last?.isWhitespace == false,
              !s.hasPrefix("'"), !s.hasPrefix("\"") else { return false }
        guard s.unicodeScalars.allSatisfy({ $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) && $0.value != 0xFEFF }) else { return false }
        let probe = context == .block ? "k: \(s)\n" : "k: [\(s)]\n"
        guard let node = try? Yams.compose(yaml: probe), case .mapping(let m) = node, let value = m["k"] else { return false }
        let read: Node.Scalar
        switch (context, value) {
        case (.block, .scalar(let v)): read = v
        case (.flow, .sequence(let items)):
            guard items.count == 1, case .scalar(let v)? = items.first else { return false }
            read = v
        default: return false
        }
        guard read.string == s, read.style == .plain else { return false }
        if typed { return true }
        let n = Node.scalar(read)
        return n.int == nil && n.float == nil && n.bool == nil && n.null == nil && n.timestamp == nil
    }
}
