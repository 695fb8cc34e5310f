import Foundation
import OKMLoad
import OKMModel
import OKMRender

/// The published files of content/ as the site gets them: each JPEG, PNG or WebP photo
/// through `PhotoCache` (upright, stripped, at several widths, WebP beside it), on every
/// core; every other file copied as it is. A photo that cannot be decoded is an error at
/// each place a record names it, and the build stops before anything is written.
struct PhotoStep {
    var outputs: [OutputFile] = []
    var files = PublishedFiles()
    var diagnostics: [Diagnostic] = []
    /// Photos decoded and saved in this build; the others came from the cache.
    var processed = 0
    var cached = 0

    static func run(_ content: Content, statics: [StaticFile], cache: PhotoCache, progress: ProgressHandler? = nil) -> PhotoStep {
        var step = PhotoStep()
        let photos = statics.filter { PhotoVariant.Format.main(for: $0.relativePath) != nil }
        let taken = Set(statics.map(\.relativePath))
        for file in statics where PhotoVariant.Format.main(for: file.relativePath) == nil {
            step.outputs.append(OutputFile(path: file.relativePath, contents: .copy(from: file.sourcePath)))
            step.files.sizes[file.relativePath] = Self.size(of: file.sourcePath)
        }
        var places: [String: [SourceLocation]] = [:]
        for h in content.headers { for ref in h.files { places[ref.path, default: []].append(ref.location) } }
        func error(_ code: DiagnosticCode, _ path: String, _ arguments: [String: MessageArgument]) {
            for at in Set(places[path] ?? []).sorted() { step.diagnostics.append(.error(code, at, arguments)) }
        }

        let counter = photos.isEmpty ? nil : ProgressCounter(.photos, total: photos.count, progress)
        let outcomes = photos.parallelMap { photo in
            defer { counter?.step() }
            return cache.variants(of: photo.sourcePath, main: PhotoVariant.Format.main(for: photo.relativePath)!)
        }
        for (file, outcome) in zip(photos, outcomes) {
            let entries: [PhotoCache.Entry]
            switch outcome {
            case .failed(let why):
                error(5030, file.relativePath, ["image": "\(file.relativePath)", "reason": "\(why)"])
                continue
            case .cached(let e): entries = e; step.cached += 1
            case .processed(let e): entries = e; step.processed += 1
            }
            guard let main = PhotoVariant.Format.main(for: file.relativePath),
                  let largest = entries.filter({ $0.format == main }).max(by: { $0.width < $1.width }) else { continue }
            let stem = (file.relativePath as NSString).deletingPathExtension
            var variants: [PhotoVariant] = []
            for e in entries.sorted(by: { ($0.width, $0.format.rawValue) < ($1.width, $1.format.rawValue) }) {
                let path = e == largest ? file.relativePath : "\(stem)-\(e.width)w.\(e.format.fileExtension)"
                if path != file.relativePath && taken.contains(path) {
                    error(5031, file.relativePath, ["image": "\(file.relativePath)", "copy": "\(path)"])
                    continue
                }
                variants.append(PhotoVariant(path: path, width: e.width, height: e.height, format: e.format))
                step.outputs.append(OutputFile(path: path, contents: .copy(from: e.file)))
            }
            step.files.photos[file.relativePath] = ProcessedPhoto(width: largest.width, height: largest.height, variants: variants)
            step.files.sizes[file.relativePath] = Self.size(of: largest.file)
        }
        step.diagnostics.sort()
        return step
    }

    static func size(of path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue
    }
}
