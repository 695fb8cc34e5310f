import OKMModel

/// Who writes a file of output/: a record's own page, or a page okm generates (a list, a
/// feed, a closure page…). Known for every file before any is written.
public enum OutputOwner: Sendable, Hashable {
    case record(DocumentID)
    /// What okm generates there, as a diagnostic names it: "list page", "feed"…
    case generated(String)
}

/// One file the render will write, and who claims it.
public struct OutputClaim: Sendable, Hashable {
    /// Relative to output/: `news/2015/index.html`.
    public var path: String
    public var owner: OutputOwner

    public init(path: String, owner: OutputOwner) {
        self.path = path
        self.owner = owner
    }
}

/// No two outputs may claim one path: the second would silently replace the first.
/// One pass over the claims with a dictionary of paths (cheap at 10 000 records).
public enum OutputClaims {
    /// An error at the record's file for every path a record shares with another claimant,
    /// naming the other (its file, or the generated page). Two records of one kind are left
    /// to the loader's duplicate-slug check, and records in `skipping` (already given a slug
    /// error, e.g. a reserved page slug) are not reported twice. `locate` gives a record's
    /// place (its file, line 1); a record it does not know is left out.
    public static func collisions(_ claims: [OutputClaim], skipping: Set<DocumentID> = [],
                                  locate: (DocumentID) -> SourceLocation?) -> [Diagnostic] {
        var first: [String: OutputOwner] = [:]
        first.reserveCapacity(claims.count)
        var out: [Diagnostic] = []
        for claim in claims {
            guard let other = first[claim.path] else {
                first[claim.path] = claim.owner
                continue
            }
            if let d = diagnostic(claim.path, claim.owner, other, skipping, locate) { out.append(d) }
        }
        return out.sorted()
    }

    /// `news/2015/index.html` → `/news/2015/`; other files keep their name: `/feed.xml`.
    static func address(_ path: String) -> String {
        if path == "index.html" { return "/" }
        if path.hasSuffix("/index.html") { return "/" + path.dropLast("index.html".count) }
        return "/" + path
    }

    private static func diagnostic(_ path: String, _ a: OutputOwner, _ b: OutputOwner, _ skipping: Set<DocumentID>,
                                   _ locate: (DocumentID) -> SourceLocation?) -> Diagnostic? {
        let url = address(path)
        switch (a, b) {
        case (.record(let x), .record(let y)):
            guard x.kind != y.kind, !skipping.contains(x), !skipping.contains(y),
                  let lx = locate(x), let ly = locate(y) else { return nil }
            // At the later file (in path order), naming the earlier one.
            let (here, there) = lx.path < ly.path ? (ly, lx) : (lx, ly)
            return .error(5020, here, ["address": "\(url)", "other": "\(there.path)"])
        case (.record(let x), .generated(let what)), (.generated(let what), .record(let x)):
            guard !skipping.contains(x), let at = locate(x) else { return nil }
            return .error(5021, at, ["address": "\(url)", "what": .phrase("generated." + what)])
        case (.generated, .generated):
            // okm's own pages never share a path (RouteCollisionTests builds the demo and the
            // fixture sites with this check on); not a content problem to report here.
            return nil
        }
    }
}
