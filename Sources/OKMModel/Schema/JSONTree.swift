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
    /// JSON string writer of okm: the JSON Schema, the diagnostics, the closures' data (`JSONText`),
    /// the open data and the JSON-LD of pages (`JSON`) all write their strings with it.
    public static func quote(_ s: String, into out: inout String) { quote(s, scriptSafe: false, into: &out) }

    /// The same, and with `scriptSafe` also `<`, `>` and `&` as `\u003c`, `\u003e`, `\u0026`:
    /// JSON that may stand inside `<script>…</script>` in HTML (no `</script>` or `<!--` in a
    /// record can end the script or open a comment). A string with nothing to escape is copied whole.
    public static func quote(_ s: String, scriptSafe: Bool, into out: inout String) {
        out += "\""
        if !needsEscaping(s, scriptSafe: scriptSafe) {
            out += s
            out += "\""
            return
        }
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<" where scriptSafe: out += "\\u003c"
            case ">" where scriptSafe: out += "\\u003e"
            case "&" where scriptSafe: out += "\\u0026"
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

    /// Whether `s` has a byte `quote` escapes: a control character, `"`, a backslash, U+2028/2029
    /// (E2 80 A8/A9 in UTF-8; the typographic quotes and dashes that also start with E2 do not
    /// count), and with `scriptSafe` `<`, `>`, `&`.
    static func needsEscaping(_ s: String, scriptSafe: Bool) -> Bool {
        var last: UInt8 = 0, beforeLast: UInt8 = 0
        for b in s.utf8 {
            if b < 0x20 || b == 0x22 || b == 0x5C { return true }
            if scriptSafe && (b == 0x3C || b == 0x3E || b == 0x26) { return true }
            if (b == 0xA8 || b == 0xA9) && last == 0x80 && beforeLast == 0xE2 { return true }
            beforeLast = last
            last = b
        }
        return false
    }
}
