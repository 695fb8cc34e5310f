import Dispatch
import Foundation

/// How many threads a build's parallel loops use: `okm build --jobs N` or `OKM_THREADS=N`
/// (the command line reads them into `BuildOptions.threads`), every core by default.
/// A build binds it for its whole length (`Threads.$count.withValue(n) { … }`), so every
/// `parallelMap` of load, link, render, photos, PDFs and the publish gate takes the same count
/// without each signature carrying it, and two builds in one process (tests) keep their own.
public enum Threads {
    /// The count bound for the running build; nil: every core.
    @TaskLocal public static var count: Int?

    /// The most a person may ask for: more threads than this only cost memory.
    public static let maximum = 256

    /// The machine's cores (what a build uses when nobody says otherwise).
    public static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// The threads a parallel loop started now may use.
    public static var current: Int { count ?? cores }

    /// A count as typed (`--jobs 4`, `OKM_THREADS=4`): a whole number from 1 to `maximum`, else nil.
    public static func parse(_ text: String) -> Int? {
        guard let n = Int(text.trimmingCharacters(in: .whitespaces)), (1...maximum).contains(n) else { return nil }
        return n
    }
}

extension Array where Element: Sendable {
    /// Maps on `Threads.current` threads (the calling thread is one of them); order is kept.
    /// With one thread, or fewer than two items, it is a plain `map` on the calling thread.
    /// For CPU-bound work on independent items: each item is taken by the next free thread.
    public func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let threads = Swift.min(Threads.current, count)
        if threads < 2 { return map(transform) }
        let input = self
        let bound = Threads.count
        let reads = SiteReads.current
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let box = UncheckedBox(buffer.baseAddress!)
            let next = NextIndex(below: input.count)
            withoutActuallyEscaping(transform) { transform in
                // A loop called from inside this one (on a worker) sees the same count.
                let work: @Sendable () -> Void = {
                    Threads.$count.withValue(bound) {
                        // A render job's reads are recorded on every thread it uses (`SiteReads`).
                        SiteReads.$current.withValue(reads) {
                            while let i = next.take() { (box.value + i).initialize(to: transform(input[i])) }
                        }
                    }
                }
                // `transform` does not outlive this call: every worker drops its work (and with it
                // `transform`) before it says it is done, and this waits for all of them.
                let done = DispatchGroup()
                for _ in 1..<threads {
                    done.enter()
                    let slot = WorkSlot(work)
                    let worker = Thread { slot.run(); done.leave() }
                    worker.stackSize = 8 << 20  // as the main thread's: rendering a deep body recurses
                    worker.start()
                }
                work()
                done.wait()
            }
            initialized = input.count
        }
    }
}

/// A worker's work, let go once it has run: the `Thread` object may live on after its block
/// ends, and must not keep the loop's `transform` alive (`withoutActuallyEscaping` checks).
private final class WorkSlot: @unchecked Sendable {
    private var work: (@Sendable () -> Void)?
    init(_ work: @escaping @Sendable () -> Void) { self.work = work }
    func run() {
        work?()
        work = nil
    }
}

/// The next item no thread has taken yet.
private final class NextIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private let end: Int
    init(below end: Int) { self.end = end }

    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < end else { return nil }
        next += 1
        return next - 1
    }
}

/// Each iteration writes only its own slot, so sharing the pointer is safe.
private struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
