import Dispatch

extension Array where Element: Sendable {
    /// Maps on every core; order is kept. For CPU-bound work on independent items.
    public func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        if count < 2 { return map(transform) }
        let input = self
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let box = UncheckedBox(buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: input.count) { i in
                (box.value + i).initialize(to: transform(input[i]))
            }
            initialized = input.count
        }
    }
}

/// Each iteration writes only its own slot, so sharing the pointer is safe.
private struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
