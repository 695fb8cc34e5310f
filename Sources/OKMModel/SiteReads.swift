import Foundation

/// A piece of the linked site a page may read, as `okm serve` tracks it to re-render only the
/// pages an edit reaches (`SiteReads`). The keys are made by the site's accessors themselves
/// (`Site` in OKMLink), never by the page code, so a read cannot go unrecorded.
public enum SiteReadKey: Hashable, Sendable {
    /// The whole content, read as such (`site.content`): any change of any record.
    case content
    /// One kind's records, in order, with everything in them.
    case list(Kind)
    /// Which records one kind has, in order (their ids only).
    case members(Kind)
    /// One record, everything in it (nil when it does not exist).
    case record(DocumentID)
    /// A whole index of the site.
    case table(SiteTable)
    /// One index's entry for one record.
    case entry(SiteTable, DocumentID)
    /// One mechanism's protocols, oldest first (by the region's slug).
    case regionProtocols(String)
    /// The site's settings (site.yml).
    case settings
}

/// The indices of the linked site a page may read whole or by record.
public enum SiteTable: Hashable, Sendable {
    case summaries, backlinks, protocolsByRegion, placeInRegion, roles, mentionCounts, decisions, positions
}

/// The keys one render job read: collected while the job runs, on whatever threads it uses.
public final class SiteReads: @unchecked Sendable {
    private let lock = NSLock()
    private var set: Set<SiteReadKey> = []

    public init() {}

    /// The recorder of the running job (nil: nothing is recorded, as in `okm build`). Bound by
    /// `recording`; `parallelMap` passes it on to its workers.
    @TaskLocal public static var current: SiteReads?

    /// Notes a read of `key` when a job is being recorded; nothing otherwise.
    @inline(__always)
    public static func note(_ key: @autoclosure () -> SiteReadKey) {
        guard let recorder = current else { return }
        recorder.insert(key())
    }

    public func insert(_ key: SiteReadKey) {
        lock.lock()
        set.insert(key)
        lock.unlock()
    }

    public var keys: Set<SiteReadKey> { lock.withLock { set } }

    /// Runs `body` with a new recorder bound, and returns what it read with its result. A read
    /// inside is recorded here only (not also in a recorder bound outside).
    public static func recording<T>(_ body: () throws -> T) rethrows -> (T, Set<SiteReadKey>) {
        let recorder = SiteReads()
        let result = try $current.withValue(recorder) { try body() }
        return (result, recorder.keys)
    }

    /// `recording`, when a recorder is bound (a plan being recorded); else `body` alone and no
    /// keys. For a narrower scope inside a generator: the reads that made one job (or one group
    /// of jobs) are that job's, not every job's of the generator.
    public static func scoped<T>(_ body: () throws -> T) rethrows -> (T, Set<SiteReadKey>) {
        guard current != nil else { return (try body(), []) }
        return try recording(body)
    }
}
