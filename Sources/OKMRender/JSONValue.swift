import OKMModel

/// A JSON value built in Swift and written with sorted keys, so the open
/// data and the JSON-LD of a page come out byte for byte the same on every build.
enum JSON: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByArrayLiteral {
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
    /// A checked address (`SafeURL`) as a JSON string; nil (left out) for none.
    static func url(_ u: SafeURL?) -> JSON? { u.map { .string($0.string) } }
    static func num(_ n: Int?) -> JSON? { n.map(JSON.int) }
    static func strings(_ list: [String]) -> JSON { .array(list.map(JSON.string)) }

    /// Pretty-printed for files people open; compact for what machines read in a page. Keys
    /// sorted, two-space indents and `"key" : value` as Foundation's JSONEncoder prints them
    /// (it was a twelfth of a build's time, with the regex that tidied its empty lists).
    func encoded(pretty: Bool) -> String {
        var out = ""
        write(into: &out, pretty: pretty, scriptSafe: false, indent: 0)
        return pretty ? out + "\n" : out
    }

    /// The same text as `JSON.array(items.map(item)).encoded(pretty: true)`, made one item at a
    /// time and handed to `emit` in pieces of about 256 KB: a big file of /data/ never holds
    /// the tree of every record, nor its whole text, at once.
    static func prettyArray<S: Sequence>(_ items: S, emit: (String) -> Void, _ item: (S.Element) -> JSON) {
        var out = "["
        var empty = true
        for x in items {
            if !empty { out += "," }
            empty = false
            JSON.newline(1, into: &out)
            item(x).write(into: &out, pretty: true, scriptSafe: false, indent: 1)
            if out.utf8.count >= 1 << 18 {
                emit(out)
                out = ""
            }
        }
        if empty { return emit("[]\n") }
        JSON.newline(0, into: &out)
        emit(out + "]\n")
    }

    /// Compact JSON that is safe inside `<script>…</script>` in HTML: `<`, `>` and `&` can only
    /// occur inside JSON strings, where `\u003c` means the same, so no `</script>` or `<!--`
    /// written in a record can end the script or open a comment.
    var scriptSafe: String {
        var out = ""
        write(into: &out, pretty: false, scriptSafe: true, indent: 0)
        return out
    }

    func write(into out: inout String, pretty: Bool, scriptSafe: Bool, indent: Int) {
        switch self {
        case .string(let s): JSON.quote(s, scriptSafe: scriptSafe, into: &out)
        case .int(let n): out += String(n)
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                if pretty { JSON.newline(indent + 1, into: &out) }
                item.write(into: &out, pretty: pretty, scriptSafe: scriptSafe, indent: indent + 1)
            }
            if pretty { JSON.newline(indent, into: &out) }
            out += "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{"
            for (i, key) in members.keys.sorted().enumerated() {
                if i > 0 { out += "," }
                if pretty { JSON.newline(indent + 1, into: &out) }
                JSON.quote(key, scriptSafe: scriptSafe, into: &out)
                out += pretty ? " : " : ":"
                members[key]!.write(into: &out, pretty: pretty, scriptSafe: scriptSafe, indent: indent + 1)
            }
            if pretty { JSON.newline(indent, into: &out) }
            out += "}"
        }
    }

    private static func newline(_ indent: Int, into out: inout String) {
        out += "\n"
        for _ in 0..<indent { out += "  " }
    }

    private static func quote(_ s: String, scriptSafe: Bool, into out: inout String) {
        JSONTree.quote(s, scriptSafe: scriptSafe, into: &out)
    }
}
