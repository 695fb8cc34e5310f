import Foundation
import OKMLink
import OKMModel

/// A decision as readers name it: "Решение 1 по т. 1" on its protocol's page, "Решение 1 по
/// т. 1 от Протокол № 2/2014" everywhere else. Its id (`ruse-2-2014-1-1`) stays its anchor
/// and its key in open data, and is never shown as its name.
extension RenderContext {
    /// "Решение 1 по т. 1"; "Решение 1" for a decision under no agenda item.
    func decisionName(number: Int, item: Int?) -> String {
        guard let item, item > 0 else { return fill("decision_name_general", ["n": "\(number)"]) }
        return fill("decision_name", ["n": "\(number)", "item": "\(item)"])
    }

    /// "Решение 1 по т. 1 от Протокол № 2/2014": with its protocol's number and year (the
    /// number alone when it ends with the year), or its date when it has no number.
    func decisionName(_ d: TrackedDecision) -> String {
        guard let p = site.protocolRecord(d.protocolID) else { return d.id }
        let numbers = DecisionIDs.numbersInItems(for: p)
        let number = numbers.indices.contains(d.decision.ordinal - 1) ? numbers[d.decision.ordinal - 1] : d.decision.ordinal
        let short = decisionName(number: number, item: d.decision.agendaItem)
        let written = p.number?.trimmingCharacters(in: .whitespaces) ?? ""
        if written.isEmpty {
            guard let day = p.header.date else { return short }
            return fill("decision_of_protocol_dated", ["decision": short, "date": date(day) ?? day.iso])
        }
        var full = written
        if let year = p.header.archiveDate?.knownYear, !written.hasSuffix(String(year)) { full += "/\(year)" }
        return fill("decision_of_protocol", ["decision": short, "number": full])
    }
}
