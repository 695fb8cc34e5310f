import Foundation
import OKMBuild
import OKMModel

/// The progress line of `okm build` and `okm import`, on standard error, only when it is a
/// terminal and `--quiet` is not given: a log file or CI gets none of it.
enum TerminalProgress {
    static func line(quiet: Bool, _ language: MessageLanguage) -> ProgressLine? {
        guard !quiet, isatty(STDERR_FILENO) == 1 else { return nil }
        return ProgressLine(words: .of(language)) { text in
            FileHandle.standardError.write(Data(text.utf8))
        }
    }
}
