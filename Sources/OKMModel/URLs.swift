/// The stable URLs of the content model (made by `Route`), and the checks of addresses.
public enum URLs {
    /// A record's page (`Route.record`), for a date that is a day or none.
    public static func path(of id: DocumentID, date: Day?) -> String {
        Route.record(id, date.map(ArchiveDate.init(day:))).path
    }

    /// As `path(of:date:)`, for a date as written: a record of a dated kind whose year is known
    /// (its earliest and latest day in one year) is under that year, as an exact day's is;
    /// one whose year is not known (`2016/..`, `201X`, `2016/2018`) is under
    /// `/<kind>/undated/<slug>/`, beside the list of such records at `/<kind>/undated/`.
    public static func path(of id: DocumentID, archiveDate: ArchiveDate?) -> String {
        Route.record(id, archiveDate).path
    }

    /// The folder of a dated kind's records without a known year, and of their list.
    public static var undatedFolder: String { Route.undatedFolder }

    public static func list(of kind: Kind) -> String { Route.list(kind).path }

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

    /// What is wrong with an address given as the site's base URL (site.yml's `base_url`,
    /// `okm build --base-url`), said after the address ("… does not start with https://"); nil
    /// when it is `http://` or `https://`, a host (and port), an optional path, and nothing
    /// else: no user or password, no query or fragment, no spaces, backslashes or control
    /// characters; or a path alone from the root (`/`, the default, `/okm/`), which makes
    /// links by path. Every canonical link, feed and mention is made from it.
    public static func baseURLProblem(_ address: String) -> Message? {
        if let scheme = dangerousScheme(address) {
            return Message("url.dangerousScheme", ["scheme": "\(scheme)"])
        }
        if address.unicodeScalars.contains(where: { $0.value <= 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\\" || $0.properties.isWhitespace }) {
            return Message("url.space")
        }
        if address.contains("?") || address.contains("#") {
            return Message("url.query")
        }
        // A path alone (`/`, the default, or `/okm/`): pages link by path, feeds hold paths only.
        if address.hasPrefix("/") && !address.hasPrefix("//") { return nil }
        let lower = address.lowercased()
        guard let scheme = ["https://", "http://"].first(where: { lower.hasPrefix($0) }) else {
            return Message("url.scheme")
        }
        let rest = address.dropFirst(scheme.count)
        let authority = rest.prefix { $0 != "/" }
        if authority.contains("@") {
            return Message("url.credentials")
        }
        // host, then ":port" (an IPv6 host is written in brackets: [::1]:8080).
        var host = Substring(authority)
        var port: Substring = ""
        if host.hasPrefix("["), let close = host.firstIndex(of: "]") {
            port = host[host.index(after: close)...]
            host = host[...close]
        } else if let colon = host.firstIndex(of: ":") {
            port = host[colon...]
            host = host[..<colon]
        }
        if !port.isEmpty {
            let digits = port.dropFirst()
            guard port.first == ":", !digits.isEmpty, digits.count <= 5, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let n = Int(digits), n <= 65535 else { return Message("url.port") }
        }
        if host.isEmpty { return Message("url.noHost", ["scheme": "\(scheme)"]) }
        let ipv6 = host.hasPrefix("[") && host.hasSuffix("]") && host.count > 2
            && host.dropFirst().dropLast().allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." }
        let name = host.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." }
            && !host.hasPrefix(".") && !host.hasPrefix("-") && !host.contains("..")
        if !ipv6 && !name { return Message("url.badHost", ["scheme": "\(scheme)"]) }
        return nil
    }

    /// A base URL as okm uses it: ending in `/`.
    public static func normalizedBase(_ address: String) -> String {
        address.hasSuffix("/") ? address : address + "/"
    }
}
