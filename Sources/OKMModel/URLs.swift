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

    /// The file a directory URL is written to: `/a/b/` → `a/b/index.html`.
    public static func file(for path: String) -> String {
        var p = path.hasPrefix("/") ? String(path.dropFirst()) : path
        if p.isEmpty || p.hasSuffix("/") { p += "index.html" }
        return p
    }
}
