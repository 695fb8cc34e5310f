/// Paths inside the content folder: `folder` + a relative name, with `.` and `..` resolved.
public enum ContentPath {
    /// nil when the name climbs out of the content folder.
    public static func resolve(_ name: String, in folder: String) -> String? {
        var parts = name.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for piece in name.split(separator: "/") {
            switch piece {
            case ".": continue
            case "..":
                if parts.isEmpty { return nil }
                parts.removeLast()
            default: parts.append(String(piece))
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }

    /// A link written in a body or front matter that names a file of content/ rather than
    /// a page of the site or another site.
    public static func isLocalFile(_ url: String) -> Bool {
        if url.isEmpty || url.hasPrefix("/") || url.hasPrefix("#") || url.hasPrefix("?") { return false }
        if let colon = url.firstIndex(of: ":"), url[..<colon].allSatisfy({ $0.isLetter || $0 == "+" || $0 == "-" || $0 == "." }) {
            return false  // a scheme: https:, mailto:, tel:, javascript: …
        }
        return true
    }

    /// A file named from the site's root (`/images/x.png`), as an image or attachment may be:
    /// checked like a relative name, against content/ as the root. Not `//host/…` or `/\host`
    /// (a browser reads both as another site).
    public static func isRootFile(_ url: String) -> Bool {
        url.hasPrefix("/") && !url.hasPrefix("//") && !url.hasPrefix("/\\")
    }
}
