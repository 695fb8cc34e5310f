import Foundation
import Testing
@testable import OKMBuild

/// The progress line as a terminal receives it, for counts given by hand and a clock that
/// moves only when the test says so.
@Suite struct ProgressLineTests {
    final class Terminal: @unchecked Sendable {
        var now = 0.0
        var written: [String] = []
    }

    static func line(_ words: ProgressWords, _ t: Terminal) -> ProgressLine {
        ProgressLine(words: words, clock: { t.now }, write: { t.written.append($0) })
    }

    @Test func oneLineRedrawnInPlaceWithCountsAndTimeLeft() {
        let t = Terminal()
        let line = Self.line(.bg, t)
        line.report(ProgressEvent(.render, done: 0, total: 10_000))
        t.now = 0.05
        line.report(ProgressEvent(.render, done: 100, total: 10_000))   // too soon: not drawn
        t.now = 4
        line.report(ProgressEvent(.render, done: 4_210, total: 10_000))
        t.now = 4.2
        line.report(ProgressEvent(.render, done: 4_000, total: 10_000))  // a late thread: never back
        t.now = 4.25
        line.report(ProgressEvent(.render, done: 10_000, total: 10_000)) // the last one always
        line.report(ProgressEvent(.search))                             // a new stage always
        line.finish()
        #expect(t.written == [
            "\rИзобразяване 0/10 000\u{1B}[K",
            "\rИзобразяване 4 210/10 000 · остават ~6 с\u{1B}[K",
            "\rИзобразяване 10 000/10 000\u{1B}[K",
            "\rИндекс за търсене…\u{1B}[K",
            "\r\u{1B}[K",
        ])
    }

    @Test func englishWordsAndMinutes() {
        let t = Terminal()
        let line = Self.line(.en, t)
        line.report(ProgressEvent(.photos, done: 0, total: 1_200))
        t.now = 30
        line.report(ProgressEvent(.photos, done: 200, total: 1_200))
        #expect(t.written.last == "\rPhotos 200/1,200 · about 3 min left\u{1B}[K")
    }

    /// However often the work reports, the terminal gets at most ten lines a second.
    @Test func atMostTenRedrawsASecond() {
        let t = Terminal()
        let line = Self.line(.bg, t)
        for i in 0..<1_000 {
            t.now = Double(i) / 1_000
            line.report(ProgressEvent(.render, done: i, total: 5_000))
        }
        #expect(t.written.count <= 11 && t.written.count >= 9, "\(t.written.count) redraws in one second")
    }

    @Test func nothingToClearWhenNothingWasDrawn() {
        let t = Terminal()
        Self.line(.bg, t).finish()
        #expect(t.written.isEmpty)
    }

    @Test(arguments: [
        (["LANG": "bg_BG.UTF-8"], "bg"),
        (["LC_ALL": "bg_BG.UTF-8", "LANG": "en_US.UTF-8"], "bg"),
        (["LC_ALL": "C.UTF-8", "LANG": "bg_BG.UTF-8"], "en"),
        (["LC_ALL": "", "LC_MESSAGES": "bg_BG", "LANG": "en_GB.UTF-8"], "bg"),
        (["LC_MESSAGES": "en_US.UTF-8", "LANG": "bg_BG.UTF-8"], "en"),
        ([:], "en"),
    ])
    func theLanguageFollowsTheLocale(_ environment: [String: String], _ language: String) {
        #expect(ProgressWords.forLocale(environment).language == language)
    }

    /// The build tells its stages in order and counts every page it renders.
    @Test func theBuildReportsItsStages() {
        final class Seen: @unchecked Sendable {
            let lock = NSLock()
            var events: [ProgressEvent] = []
        }
        let seen = Seen()
        let b = BuiltSite(content: "Tests/Fixtures/sites/basic/content") { o in
            o.progress = { e in seen.lock.lock(); seen.events.append(e); seen.lock.unlock() }
        }
        defer { b.remove() }
        #expect(b.report.succeeded)
        var stages: [ProgressStage] = []
        for e in seen.events where stages.last != e.stage { stages.append(e.stage) }
        #expect(stages == [.load, .link, .photos, .render, .gate])  // the basic site has a photo
        let render = seen.events.filter { $0.stage == .render }
        let total = render.first?.total ?? 0
        #expect(total > 0 && render.map(\.done).max() == total && render.count == total + 1)
    }
}
