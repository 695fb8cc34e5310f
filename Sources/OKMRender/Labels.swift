/// The words of the site's language, by key (the theme's i18n file), for generators that need
/// a few of them and nothing else of a page.
struct Labels: Sendable {
    let t: [String: String]

    func label(_ key: String) -> String { t[key] ?? key }
}
