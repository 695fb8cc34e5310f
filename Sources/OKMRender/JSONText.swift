import OKMModel

/// A JSON value written with its keys in the order given, two-space indents and explicit
/// nulls, so the open data files are the same on every build and easy to diff.
indirect enum JSONText: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONText])
    case object([(String, JSONText)])

    static func optional(_ s: String?) -> JSONText { s.map { .string($0) } ?? .null }
    static func optional(_ n: Int?) -> JSONText { n.map { .int($0) } ?? .null }

    func serialized() -> String {
        var out = ""
        write(into: &out, indent: 0)
        return out + "\n"
    }

    private func write(into out: inout String, indent: Int) {
        let pad = String(repeating: "  ", count: indent + 1), end = String(repeating: "  ", count: indent)
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let n): out += String(n)
        case .string(let s): JSONText.quote(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[\n"
            for (i, v) in items.enumerated() {
                out += pad
                v.write(into: &out, indent: indent + 1)
                out += i + 1 < items.count ? ",\n" : "\n"
            }
            out += end + "]"
        case .object(let pairs):
            if pairs.isEmpty { out += "{}"; return }
            out += "{\n"
            for (i, (k, v)) in pairs.enumerated() {
                out += pad
                JSONText.quote(k, into: &out)
                out += ": "
                v.write(into: &out, indent: indent + 1)
                out += i + 1 < pairs.count ? ",\n" : "\n"
            }
            out += end + "}"
        }
    }

    static func quote(_ s: String, into out: inout String) { JSONTree.quote(s, into: &out) }
}

/// CSV as RFC 4180 writes it: comma-separated, CRLF line ends, a field quoted when it holds a
/// comma, a quote or a line break (quotes doubled). The file starts with a UTF-8 byte-order
/// mark, so spreadsheet programs that guess the encoding read Cyrillic correctly.
enum CSVText {
    static func file(_ rows: [[String]]) -> String {
        "\u{FEFF}" + rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    static func field(_ s: String) -> String { CSV.quoted(s) }
}
