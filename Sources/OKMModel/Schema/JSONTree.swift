/// A JSON value with its keys in the order written, printed with two-space indents:
/// enough for the JSON Schema files, without Foundation.
public indirect enum JSONTree: Sendable, Hashable {
    case string(String), int(Int), bool(Bool)
    case array([JSONTree])
    case object([(String, JSONTree)])

    public static func == (a: JSONTree, b: JSONTree) -> Bool { a.text == b.text }
    public func hash(into h: inout Hasher) { h.combine(text) }

    /// The JSON text, ending with a newline.
    public var text: String {
        var out = ""
        write(&out, indent: "")
        return out + "\n"
    }

    private func write(_ out: inout String, indent: String) {
        switch self {
        case .string(let s): JSONTree.quote(s, into: &out)
        case .int(let i): out += String(i)
        case .bool(let b): out += b ? "true" : "false"
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            if items.allSatisfy({ if case .string = $0 { true } else { false } }) {
                out += "["
                for (i, item) in items.enumerated() { if i > 0 { out += ", " }; item.write(&out, indent: indent) }
                out += "]"
                return
            }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += indent + "  "
                item.write(&out, indent: indent + "  ")
                out += i < items.count - 1 ? ",\n" : "\n"
            }
            out += indent + "]"
        case .object(let pairs):
            if pairs.isEmpty { out += "{}"; return }
            out += "{\n"
            for (i, (key, value)) in pairs.enumerated() {
                out += indent + "  "
                JSONTree.quote(key, into: &out)
                out += ": "
                value.write(&out, indent: indent + "  ")
                out += i < pairs.count - 1 ? ",\n" : "\n"
            }
            out += indent + "}"
        }
    }

    /// A JSON string: quotes, backslashes, control characters and U+2028/2029 escaped. The one
    /// JSON string writer of okm (the open data's `JSONText` writes its strings with it too).
    public static func quote(_ s: String, into out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }
}
