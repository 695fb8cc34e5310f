import Foundation

/// A stage of long work that tells how far it is: the build's stages, the processing of photos
/// and the import of a folder. What a reader sees for each is in `ProgressWords`.
public enum ProgressStage: String, Sendable, CaseIterable {
    case load, link, photos, render, pdf, search, gate, importing
}

/// One report of progress: `done` of `total` items of `stage` (`total` 0: a stage without counts).
public struct ProgressEvent: Sendable, Equatable {
    public var stage: ProgressStage
    public var done: Int
    public var total: Int

    public init(_ stage: ProgressStage, done: Int = 0, total: Int = 0) {
        self.stage = stage
        self.done = done
        self.total = total
    }
}

/// What the library calls as it works (from any thread, possibly very often); the caller
/// decides what to show. `okm` draws it on a terminal with `ProgressLine`.
public typealias ProgressHandler = @Sendable (ProgressEvent) -> Void

/// A count shared by the threads of a parallel stage, reporting each step to a handler.
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let stage: ProgressStage
    private let total: Int
    private let handler: ProgressHandler?

    init(_ stage: ProgressStage, total: Int, _ handler: ProgressHandler?) {
        self.stage = stage
        self.total = total
        self.handler = handler
        handler?(ProgressEvent(stage, done: 0, total: total))
    }

    func step() {
        guard let handler else { return }
        lock.lock()
        done += 1
        let now = done
        lock.unlock()
        handler(ProgressEvent(stage, done: now, total: total))
    }
}
