/// An address okm may write into a page's `href`, `src`, `srcset`, `action` or `content`:
/// made only by a constructor that checks it, so a view model that holds one holds an
/// address that cannot run a script in a reader's browser. There is no way to make one from
/// a string without a check (no `init(_:)`, no string literal): a view field of this type
/// is a compile-time fact that the address went through here.
///
/// - `site(_:root:)`: a page or file of the site, from its `Route`, under the site's root path;
/// - `init(sitePath:root:)`: a path okm made from a route with a file or folder after it
///   (`…/print/`, `…/feed.xml`, a photo's variant): it must start with one `/`, so it has no
///   scheme and no host (a `//host` address is refused);
/// - `init?(content:)`: an address as written in the content (`url:`, `src:`, `file:`, a
///   source's `url:`): nil when its scheme is one the loader refuses (`URLs.dangerousScheme`);
/// - `init(fragment:)`: a place on the same page (`#t-2`);
/// - `init(absolute:path:)`: a site path under the site's checked base URL (canonical links).
public struct SafeURL: Sendable, Hashable, CustomStringConvertible {
    /// The address as written into the page (escaped by the template like any text).
    public let string: String

    private init(checked: String) { string = checked }

    public var description: String { string }

    /// A page or file of the site, under the site's root path (`""` at a domain's root, `/okm`).
    public static func site(_ route: Route, root: String = "") -> SafeURL {
        SafeURL(sitePath: route.path, root: root)
    }

    /// A path from the site's root that okm made (a route's path, perhaps with a file or a
    /// folder after it), under the site's root path. A path that does not start with a single
    /// `/` is a programming error: okm never makes one.
    public init(sitePath path: String, root: String = "") {
        precondition(Self.isSitePath(path), "not a path from the site's root: \(path)")
        precondition(root.isEmpty || Self.isSitePath(root), "not a root path: \(root)")
        self.init(checked: root + path)
    }

    /// An address from the content: a web address, `mailto:`, `tel:`, a path or a file beside
    /// the record; nil when it would run a script or hold a document of its own (the same rule
    /// the loader reports as an error, so a nil here means a check was skipped upstream).
    public init?(content address: String) {
        guard URLs.dangerousScheme(address) == nil else { return nil }
        self.init(checked: address)
    }

    /// A place on the same page: `#` and the id (which okm makes from digits and letters).
    public init(fragment id: String) {
        precondition(!id.contains("#"), "a fragment id with '#': \(id)")
        self.init(checked: "#" + id)
    }

    /// A site path under the site's absolute base (`https://host/okm` without its last `/`),
    /// which the loader checked (`URLs.baseURLProblem`), or a root path when the base is one.
    public init(absolute base: String, path: String) {
        precondition(URLs.dangerousScheme(base) == nil, "a base URL that was not checked: \(base)")
        precondition(Self.isSitePath(path), "not a path from the site's root: \(path)")
        self.init(checked: base + path)
    }

    /// A `srcset`: checked addresses, each with its width (`a.jpg 480w, b.jpg 960w`).
    public static func srcset(_ candidates: [(url: SafeURL, width: Int)]) -> SafeURL {
        SafeURL(checked: candidates.map { "\($0.url.string) \($0.width)w" }.joined(separator: ", "))
    }

    /// This address with a place on its page (`/protocols/2014/x/#decision-1`). Safe whatever
    /// the id: a browser reads a scheme only before the first `#`, and the address before it
    /// was checked.
    public func appendingFragment(_ id: String) -> SafeURL { SafeURL(checked: string + "#" + id) }

    static func isSitePath(_ path: String) -> Bool {
        path.hasPrefix("/") && !path.hasPrefix("//") && !path.hasPrefix("/\\")
    }
}
