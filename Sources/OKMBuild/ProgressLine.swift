import Foundation

/// Progress drawn as one line of a terminal, redrawn in place: a carriage return, the stage,
/// its counts and the time left, then "erase to the end of the line" (ESC [K), e.g.
/// "Изобразяване 4 210/10 000 · остават ~6 с". At most one redraw per `interval` (0.1 s),
/// except that a new stage and a stage's last item are always drawn. `okm` uses it only
/// when standard error is a terminal and `--quiet` is not given, so logs stay clean.
public final class ProgressLine: @unchecked Sendable {
    let words: ProgressWords
    let write: @Sendable (String) -> Void
    let clock: @Sendable () -> Double
    let interval: Double
    private let lock = NSLock()
    private var stage: ProgressStage?
    private var stageStart = 0.0
    private var done = 0
    private var lastDraw = -Double.infinity
    private var drawn = false

    /// `clock` gives seconds (any origin); `write` receives the text to put on the terminal.
    public init(words: ProgressWords, interval: Double = 0.1,
                clock: @escaping @Sendable () -> Double = { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 },
                write: @escaping @Sendable (String) -> Void) {
        self.words = words
        self.interval = interval
        self.clock = clock
        self.write = write
    }

    /// `report` as the handler the library's work takes.
    public var handler: ProgressHandler { { event in self.report(event) } }

    /// Safe to call from any thread, as often as work advances.
    public func report(_ event: ProgressEvent) {
        lock.lock()
        defer { lock.unlock() }
        let now = clock()
        let newStage = event.stage != stage
        if newStage {
            stage = event.stage
            stageStart = now
        } else if event.done < done {
            return  // threads report out of order: a count never goes back
        }
        done = event.done
        let last = event.total > 0 && event.done >= event.total
        guard newStage || last || now - lastDraw >= interval else { return }
        lastDraw = now
        drawn = true
        write("\r" + text(event, elapsed: now - stageStart) + "\u{1B}[K")
    }

    /// Clears the line (before the command prints its result); nothing when nothing was drawn.
    public func finish() {
        lock.lock()
        defer { lock.unlock() }
        guard drawn else { return }
        drawn = false
        write("\r\u{1B}[K")
    }

    /// "Изобразяване 4 210/10 000 · остават ~6 с": the time left once a second of the stage has
    /// passed and some of it is done (before that an estimate would only jump about).
    func text(_ e: ProgressEvent, elapsed: Double) -> String {
        var s = words.name(e.stage)
        guard e.total > 0 else { return s + "…" }
        s += " \(words.count(e.done))/\(words.count(e.total))"
        if e.done > 0, e.done < e.total, elapsed >= 1 {
            s += " · " + words.timeLeft(elapsed * Double(e.total - e.done) / Double(e.done))
        }
        return s
    }
}
