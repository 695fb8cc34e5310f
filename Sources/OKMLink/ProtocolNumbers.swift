import OKMModel

/// Each meeting of a mechanism has its own protocol number: anew each year (the default, as
/// "№ 2/25.11.2014" reads) or continuously, as site.yml's `protocol_numbering` or the region's
/// `mechanism: { numbering: … }` says. A number taken twice is an error at the later protocol's
/// `number`, naming the earlier file. A protocol dated as an archive writes it counts in its
/// year when the year is known (`2016-09`, `2016~`); when it is not (`2016/..`, `201X`), a
/// mechanism that numbers anew each year cannot say which year its number belongs to, so
/// the number is its own case: compared with no other protocol's.
public enum ProtocolNumbers {
    /// The rule of a region's mechanism.
    public static func rule(region: String?, _ content: Content) -> ProtocolNumbering {
        let own = region.flatMap { slug in content.regions.first { $0.header.id.slug == slug } }?.mechanism?.numbering
        return own ?? content.settings.protocolNumbering
    }

    /// The number `okm new protocol` proposes for a meeting of `region` on `day`: one more than
    /// the highest number of that mechanism (that year, when it numbers anew each year).
    public static func next(region: String, on day: Day, _ content: Content) -> Int {
        let yearly = rule(region: region, content) == .yearly
        let numbers = content.protocols.filter { p in
            p.header.region?.slug == region && (!yearly || p.header.archiveDate?.knownYear == day.year)
        }.compactMap { $0.number.flatMap { Int($0.prefix { $0.isNumber }) } }
        return (numbers.max() ?? 0) + 1
    }

    static func check(_ content: Content) -> [Diagnostic] {
        struct Key: Hashable { var region: String; var number: String; var year: Int? }
        var first: [Key: ProtocolRecord] = [:]
        var out: [Diagnostic] = []
        let ordered = content.protocols.sorted {
            ($0.header.archiveDate?.earliest?.iso ?? "", $0.header.path) < ($1.header.archiveDate?.earliest?.iso ?? "", $1.header.path)
        }
        for p in ordered {
            guard let region = p.header.region?.slug, let written = p.number?.trimmingCharacters(in: .whitespaces), !written.isEmpty else { continue }
            let yearly = rule(region: region, content) == .yearly
            if yearly, let a = p.header.archiveDate, a.knownYear == nil { continue }
            let key = Key(region: region, number: written, year: yearly ? p.header.archiveDate?.knownYear : nil)
            guard let earlier = first[key] else { first[key] = p; continue }
            let variant = yearly ? (key.year == nil ? "yearlyUnknown" : "yearly") : nil
            out.append(.error(3020, p.numberLocation ?? p.header.fileLocation, variant: variant,
                              ["number": "\(written)", "year": "\(key.year.map(String.init) ?? "")", "other": "\(earlier.header.path)"]))
        }
        return out
    }
}
