/// The stable URLs of the content model: `/protocols/2014/<slug>/`, `/institutions/<slug>/`, `/<page>/`.
public enum URLs {
    public static func path(of id: DocumentID, date: Day?) -> String {
        switch id.kind {
        case .pages: return "/\(id.slug)/"
        case .protocols, .news, .events:
            if let date { return "/\(id.kind.folder)/\(date.year)/\(id.slug)/" }
            return "/\(id.kind.folder)/\(id.slug)/"
        default: return "/\(id.kind.folder)/\(id.slug)/"
        }
    }

    public static func list(of kind: Kind) -> String { "/\(kind.folder)/" }

    /// The scheme of an address that would run a script or hold a whole document in a
    /// reader's browser (`javascript:`, `vbscript:`, `data:`, `file:`), as a browser reads it:
    /// tabs and line breaks anywhere and spaces or control characters in front are ignored,
    /// letters in any case (`" Java\tScript:…"` is `javascript`). nil for any other address.
    public static func dangerousScheme(_ address: String) -> String? {
        var scheme = ""
        var started = false
        for u in address.unicodeScalars {
            if u == "\t" || u == "\n" || u == "\r" { continue }
            if !started && u.value <= 0x20 { continue }
            started = true
            if u == ":" { break }
            guard u.isASCII, u.properties.isAlphabetic || u == "+" || u == "-" || u == "." || ("0"..."9").contains(u) else { return nil }
            scheme.unicodeScalars.append(u)
            if scheme.count > 16 { return nil }
        }
        guard address.contains(":") else { return nil }
        let lower = scheme.lowercased()
        return ["javascript", "vbscript", "data", "file"].contains(lower) ? lower : nil
    }

    /// The file a directory URL is written to: `/a/b/` → `a/b/index.html`.
    public static func file(for path: String) -> String {
        var p = path.hasPrefix("/") ? String(path.dropFirst()) : path
        if p.isEmpty || p.hasSuffix("/") { p += "index.html" }
        return p
    }
}
