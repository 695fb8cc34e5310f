import Foundation

/// A JSON value built in Swift and written by `JSONEncoder` with sorted keys, so the open
/// data and the JSON-LD of a page come out byte for byte the same on every build.
enum JSON: Sendable, Hashable, Encodable, ExpressibleByStringLiteral, ExpressibleByArrayLiteral {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([JSON])
    case object([String: JSON])

    init(stringLiteral value: String) { self = .string(value) }
    init(arrayLiteral elements: JSON...) { self = .array(elements) }

    /// An object without the members whose value is nil: absent fields are left out.
    static func obj(_ members: KeyValuePairs<String, JSON?>) -> JSON {
        var out: [String: JSON] = [:]
        for (k, v) in members { if let v { out[k] = v } }
        return .object(out)
    }

    static func str(_ s: String?) -> JSON? { s.map(JSON.string) }
    static func num(_ n: Int?) -> JSON? { n.map(JSON.int) }
    static func strings(_ list: [String]) -> JSON { .array(list.map(JSON.string)) }

    func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .string(let s): try c.encode(s)
        case .int(let n): try c.encode(n)
        case .bool(let b): try c.encode(b)
        case .null: try c.encodeNil()
        case .array(let a): try c.encode(a)
        case .object(let o): try c.encode(o)
        }
    }

    /// Pretty-printed for files people open; compact for what machines read in a page.
    func encoded(pretty: Bool) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "null" }
        let text = String(decoding: data, as: UTF8.self)
        guard pretty else { return text }
        // Foundation prints an empty list or object over two blank lines; write `[]` and `{}`.
        // (A line end inside a JSON string is always escaped, so only structure matches.)
        return text.replacing(#/([\[{])\n\n *([\]}])/#) { "\($0.1)\($0.2)" } + "\n"
    }

    /// Compact JSON that is safe inside `<script>…</script>` in HTML: `<`, `>` and `&` can only
    /// occur inside JSON strings, where `\u003c` means the same, so no `</script>` or `<!--`
    /// written in a record can end the script or open a comment.
    var scriptSafe: String {
        var out = ""
        for ch in encoded(pretty: false).unicodeScalars {
            switch ch {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}
