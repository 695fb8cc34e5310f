/// The content model as data: every kind's front matter, every group, site.yml. The loader
/// takes from it the keys a mapping may have and the rule for each required field; `okm schema`
/// turns it into JSON Schema; editors and importers read it (docs/content-format.md §5, §6).
public enum Schema {
    /// The fields of a kind's front matter, common fields first, in the order of §5 and §6.
    public static func fields(of kind: Kind) -> [SchemaField] {
        common(kind) + own(kind)
    }

    /// The fields of a group.
    public static func fields(of group: GroupName) -> [SchemaField] { group.fields }

    /// The fields of content/site.yml.
    public static var site: [SchemaField] { siteFields }

    /// A kind's name, as the forms and the JSON Schema title show it.
    public static func label(of kind: Kind) -> Words { kindLabels[kind]! }

    public static let siteLabel = Words("Настройки на сайта (site.yml)", "Site settings (site.yml)")
}
