/// A small writer for the XML files of the site (Atom feeds, sitemaps): every text and
/// attribute value goes through `escape`, so no content can add markup.
struct XMLWriter {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    private var open: [String] = []

    /// `<name a="v">`, then the children, then `close()`. Attributes with a nil value are left out.
    mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        text += indent + "<" + name + Self.attributes(attributes) + ">\n"
        open.append(name)
    }

    mutating func close() {
        let name = open.removeLast()
        text += indent + "</" + name + ">\n"
    }

    /// `<name a="v">text</name>`; nothing when the text is nil.
    mutating func element(_ name: String, _ value: String?, _ attributes: KeyValuePairs<String, String?> = [:]) {
        guard let value else { return }
        text += indent + "<" + name + Self.attributes(attributes) + ">" + Self.escape(value) + "</" + name + ">\n"
    }

    /// `<name a="v"/>`
    mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String?>) {
        text += indent + "<" + name + Self.attributes(attributes) + "/>\n"
    }

    private var indent: String { String(repeating: "  ", count: open.count) }

    private static func attributes(_ list: KeyValuePairs<String, String?>) -> String {
        var out = ""
        for (k, v) in list { if let v { out += " " + k + "=\"" + escape(v) + "\"" } }
        return out
    }

    /// Escapes `& < > "` and drops the characters XML 1.0 does not allow at all (control
    /// characters other than tab and line ends, U+FFFE, U+FFFF).
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(c)
            default:
                if c.value < 0x20 || c.value == 0xFFFE || c.value == 0xFFFF { continue }
                out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
