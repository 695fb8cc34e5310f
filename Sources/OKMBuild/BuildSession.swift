import Foundation
import OKMLoad
import OKMModel
import OKMRender

/// Builds for `okm serve`: the first build is a whole atomic build; each later one
/// re-reads only the files whose size or time changed, links and renders in memory, and
/// writes only the output files whose bytes changed (and removes the ones that went away).
/// Used from one task at a time.
public final class BuildSession: @unchecked Sendable {
    public let options: BuildOptions
    private var cache = LoadCache()
    /// Output path → hash of what was last written there.
    private var written: [String: UInt64] = [:]
    private var built = false

    public init(options: BuildOptions) { self.options = options }

    public func rebuild() -> BuildReport {
        var report = BuildReport()
        guard let (site, theme, statics) = Pipeline.prepare(options, &report, cache: &cache), !report.diagnostics.hasErrors else {
            return report
        }
        var files = Pipeline.timed("render", &report) {
            Renderer.render(site, theme: theme, options: RenderOptions(language: options.language, today: options.today))
        }
        report.pages = files.filter { $0.path.hasSuffix(".html") }.count
        files += statics.map { OutputFile(path: $0.relativePath, contents: .copy(from: $0.sourcePath)) }
        do {
            report.filesWritten = try Pipeline.timed("write", &report) { try write(files) }
        } catch {
            report.diagnostics.append(.error(SourceLocation(path: options.outputDirectory, line: 1, column: 1),
                                             "the site could not be written: \(error)"))
        }
        return report
    }

    private func write(_ files: [OutputFile]) throws -> Int {
        let hashes = files.map { Self.hash($0) }
        if !built {
            _ = try SiteWriter.write(files, to: options.outputDirectory)
            built = true
            written = Dictionary(zip(files.map(\.path), hashes), uniquingKeysWith: { a, _ in a })
            return files.count
        }
        let fm = FileManager.default
        var count = 0
        var now: [String: UInt64] = [:]
        for (file, hash) in zip(files, hashes) {
            now[file.path] = hash
            if written[file.path] == hash { continue }
            let path = options.outputDirectory + "/" + file.path
            try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            switch file.contents {
            case .text(let text): try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            case .copy(let source):
                try? fm.removeItem(atPath: path)
                try fm.copyItem(atPath: source, toPath: path)
            }
            count += 1
        }
        for gone in written.keys where now[gone] == nil {
            try? fm.removeItem(atPath: options.outputDirectory + "/" + gone)
            count += 1
        }
        written = now
        return count
    }

    /// FNV-1a over the bytes (for copies: the source's path, size and time).
    static func hash(_ file: OutputFile) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        func eat<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
            for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        }
        switch file.contents {
        case .text(let text): eat(text.utf8)
        case .copy(let source):
            eat(source.utf8)
            let a = try? FileManager.default.attributesOfItem(atPath: source)
            eat(String(describing: a?[.size] ?? 0).utf8)
            eat(String(describing: a?[.modificationDate] ?? 0).utf8)
        }
        return h
    }
}
