import OKMModel

/// Escaping as cmark's HTML renderer does it (houdini), so our output matches cmark's.
public enum HTMLEscape {
    /// `&`, `<`, `>`, `"` → entities.
    public static func text(_ s: String) -> String {
        var needs = false
        for b in s.utf8 where b == 38 || b == 60 || b == 62 || b == 34 { needs = true; break }
        if !needs { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    private static let hrefSafe: [Bool] = {
        var t = [Bool](repeating: false, count: 128)
        for b in "-_.+!*(),%#@?=;:/$~".utf8 { t[Int(b)] = true }
        for b in UInt8(ascii: "a")...UInt8(ascii: "z") { t[Int(b)] = true }
        for b in UInt8(ascii: "A")...UInt8(ascii: "Z") { t[Int(b)] = true }
        for b in UInt8(ascii: "0")...UInt8(ascii: "9") { t[Int(b)] = true }
        return t
    }()

    /// A URL for an `href` or `src` attribute: unsafe bytes percent-encoded, `&` and `'` as entities.
    public static func href(_ s: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out = [UInt8]()
        out.reserveCapacity(s.utf8.count)
        for b in s.utf8 {
            if b < 128 && hrefSafe[Int(b)] {
                out.append(b)
            } else if b == UInt8(ascii: "&") {
                out.append(contentsOf: "&amp;".utf8)
            } else if b == UInt8(ascii: "'") {
                out.append(contentsOf: "&#x27;".utf8)
            } else {
                out.append(UInt8(ascii: "%"))
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 15)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The loader's policy (`URLs.dangerousScheme`: `javascript:`, `vbscript:`, `file:`, `data:`,
    /// read as a browser reads them), with cmark's one allowance: a `data:` image of a few types.
    public static func isDangerousURL(_ url: String) -> Bool {
        guard URLs.dangerousScheme(url) != nil else { return false }
        let lower = url.lowercased()
        return !["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains { lower.hasPrefix($0) }
    }
}
