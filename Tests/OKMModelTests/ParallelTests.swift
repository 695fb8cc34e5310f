import Dispatch
import Foundation
import Testing
import OKMModel

/// `parallelMap` takes the build's thread count (`Threads.count`, `--jobs`, `OKM_THREADS`).
@Suite struct ParallelTests {
    /// Which thread ran an item.
    static func thread() -> ObjectIdentifier { ObjectIdentifier(Thread.current) }

    @Test func oneThreadRunsEveryItemOnTheCallingThread() {
        let caller = Self.thread()
        let ran = Threads.$count.withValue(1) { Array(0..<200).parallelMap { _ in Self.thread() } }
        #expect(Set(ran) == [caller])
    }

    @Test(arguments: [2, 4, 16])
    func nThreadsRunNItemsAtOnceAndKeepTheOrder(_ n: Int) {
        // The first n items each wait until n of them have started: only n threads at once get past.
        let arrived = DispatchSemaphore(value: 0)
        let counter = Counter()
        let results = Threads.$count.withValue(n) {
            Array(0..<(n * 8)).parallelMap { i -> (Int, Bool, ObjectIdentifier) in
                var allThere = true
                if i < n {
                    if counter.increment() == n { for _ in 0..<n { arrived.signal() } }
                    allThere = arrived.wait(timeout: .now() + 10) == .success
                }
                return (i * i, allThere, Self.thread())
            }
        }
        let squares = results.map { $0.0 }, together = results.allSatisfy { $0.1 }, threads = Set(results.map { $0.2 })
        #expect(squares == (0..<(n * 8)).map { $0 * $0 })
        #expect(together, "fewer than \(n) items ran at once")
        #expect(threads.count <= n)
    }

    @Test func aLoopInsideALoopSeesTheSameCount() {
        let seen = Threads.$count.withValue(3) { Array(0..<30).parallelMap { _ in [1, 2].parallelMap { _ in Threads.current } } }
        let counts = Set(seen.flatMap { $0 })
        #expect(counts == [3])
    }

    @Test func aCountIsAWholeNumberFromOneToTheMaximum() {
        #expect(Threads.parse("1") == 1)
        #expect(Threads.parse("16") == 16)
        #expect(Threads.parse(" 4 ") == 4)
        #expect(Threads.parse("\(Threads.maximum)") == Threads.maximum)
        for bad in ["0", "-2", "", "four", "2.5", "\(Threads.maximum + 1)"] { #expect(Threads.parse(bad) == nil, "\(bad)") }
    }
}

private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func increment() -> Int { lock.lock(); defer { lock.unlock() }; value += 1; return value }
}
