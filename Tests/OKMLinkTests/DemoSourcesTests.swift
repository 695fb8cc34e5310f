import Foundation
import Testing
@testable import OKMLink
@testable import OKMLoad
@testable import OKMModel

/// Issue 19, item 3: the demo content holds only what a seed states, each fact with its
/// source. Loads content/, lists where every record, timeline step and decision comes from,
/// and fails on a step or a decision without a source, and on an entity without one (the
/// documents — protocols, news, events, pages — are listed: a document's own source is the
/// seed it was made from, and the protocol's is its attendance work's to add).
@Suite struct DemoSourcesTests {
    static let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("content").path

    struct Fact: CustomStringConvertible {
        var what: String
        var sources: [String]
        var description: String { "\(what): " + (sources.isEmpty ? "NO SOURCE" : sources.joined(separator: "; ")) }
    }

    static func describe(_ s: Source, _ site: Site) -> String {
        switch s {
        case .record(let r): site.resolve(r).map { "\($0)" } ?? "UNKNOWN \(r.slug)"
        case .document(let d): "„\(d.title)“" + (d.url.map { " <\($0)>" } ?? "")
        }
    }

    /// Every fact of the demo with its sources, in content order.
    static func facts() throws -> (records: [Fact], steps: [Fact], decisions: [Fact], entities: Set<String>) {
        let loaded = Loader.load(contentDirectory: content)
        #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty, "\(loaded.diagnostics)")
        let (site, problems) = Linker.link(loaded.content)
        #expect(problems.filter { $0.severity == .error }.isEmpty, "\(problems)")
        let c = site.content
        let records = c.headers.filter { !$0.draft }.map { h in Fact(what: "\(h.id)", sources: h.sources.map { describe($0, site) }) }
        let steps = c.institutions.flatMap { i in
            i.timeline.enumerated().map { n, m in
                Fact(what: "\(i.header.id) step \(n + 1) (\(m.status.rawValue)\(m.date.map { ", \($0.iso)" } ?? ", undated"))",
                     sources: m.source.map { [describe($0, site)] } ?? [])
            }
        }
        let decisions = c.protocols.flatMap { p in
            p.decisions.map { d in
                Fact(what: "\(p.header.id) decision \(d.ordinal)", sources: d.source.map { [describe($0, site)] } ?? [])
            }
        }
        let entities = Set(c.headers.filter { $0.id.kind.isEntity }.map { "\($0.id)" })
        return (records, steps, decisions, entities)
    }

    @Test func everyStepDecisionAndEntityOfTheDemoNamesItsSource() throws {
        let (records, steps, decisions, entities) = try Self.facts()
        let listing = (records + steps + decisions).map(\.description).joined(separator: "\n")
        print("Where the demo's facts come from:\n" + listing)
        #expect(!steps.isEmpty && !records.isEmpty)
        for step in steps {
            #expect(!step.sources.isEmpty, "a timeline step names no source: \(step.what)")
        }
        // The demo's decisions name the seed that records them, as its steps do.
        for decision in decisions {
            #expect(!decision.sources.isEmpty, "a decision names no source: \(decision.what)")
        }
        // Every record: an entity names the record that speaks of it, a record the seed document it is.
        for record in records {
            #expect(!record.sources.isEmpty, "\(entities.contains(record.what) ? "an entity" : "a record") names no source: \(record.what)")
        }
        #expect(!listing.contains("UNKNOWN"), "\(listing)")
    }

    /// The Kardzhali home: no source gives it a status, so it has no timeline and is "unknown".
    @Test func theKardzhaliHomeHasNoStatusNoSourceGives() throws {
        let loaded = Loader.load(contentDirectory: Self.content)
        let home = try #require(loaded.content.institutions.first { $0.header.id.slug == "dmsgd-kardzhali" })
        #expect(home.timeline.isEmpty)
        #expect(home.currentStatus == .unknown)
    }
}
