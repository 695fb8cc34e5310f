import Foundation

/// One view type's field table: name → accessor. Built once per type (a `static let`); at
/// that moment each name gets its id in `TemplateNames`, so a compiled template finds a field
/// by indexing an array with the id its lookup holds — no string compared while rendering.
public final class TemplateFields<V>: @unchecked Sendable {
    public let names: [String]
    @usableFromInline let getters: [(V) -> TemplateValue]
    /// Name id → index in `getters`, -1 where the type has no such field.
    @usableFromInline let slots: [Int32]
    let byName: [String: Int]

    public init(_ entries: KeyValuePairs<String, (V) -> TemplateValue>) {
        names = entries.map(\.key)
        getters = entries.map(\.value)
        var byName: [String: Int] = [:]
        for (i, name) in names.enumerated() {
            precondition(byName[name] == nil, "field '\(name)' is twice in the table of \(V.self)")
            byName[name] = i
        }
        self.byName = byName
        let ids = names.map(TemplateNames.id)
        var slots = [Int32](repeating: -1, count: Int(ids.max() ?? -1) + 1)
        for (i, id) in ids.enumerated() { slots[Int(id)] = Int32(i) }
        self.slots = slots
    }

    @inlinable func value(of view: V, name: Int32) -> TemplateValue {
        let n = Int(name)
        guard n < slots.count else { return .absent }
        let slot = slots[n]
        return slot < 0 ? .absent : getters[Int(slot)](view)
    }

    func value(of view: V, named key: String) -> TemplateValue {
        byName[key].map { getters[$0](view) } ?? .absent
    }
}

/// Every name a field table or a template uses, numbered once per process.
public enum TemplateNames {
    nonisolated(unsafe) private static var table: [String: Int32] = [:]
    private static let lock = NSLock()

    public static func id(_ name: String) -> Int32 {
        lock.lock()
        defer { lock.unlock() }
        if let id = table[name] { return id }
        let id = Int32(table.count)
        table[name] = id
        return id
    }
}
