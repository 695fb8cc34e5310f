import OKMLoad
import OKMModel

/// An image or attachment named in front matter must exist in content/, so that no page
/// points at a file that is not published.
enum ImageChecks {
    static func check(_ content: Content, staticFiles: [StaticFile]) -> [Diagnostic] {
        let available = Set(staticFiles.map(\.relativePath))
        var out: [Diagnostic] = []
        for h in content.headers {
            let parts = h.path.split(separator: "/").map(String.init)
            guard let k = parts.lastIndex(of: h.id.kind.folder) else { continue }
            let folder = parts[k..<(parts.count - 1)].joined(separator: "/")
            let named = h.images.map { ($0.src, $0.location, "image") } + h.attachments.map { ($0.file, $0.location, "attachment") }
            for (file, location, what) in named where !file.contains("://") {
                if file.split(separator: "/").contains("..") {
                    out.append(.error(location, "the \(what) path '\(file)' leaves its folder ('..' is not allowed)"))
                    continue
                }
                let relative = file.hasPrefix("/") ? String(file.dropFirst()) : folder + "/" + file
                if !available.contains(relative) {
                    out.append(.error(location, "the \(what) '\(file)' is not in content/: put the file at content/\(relative)"))
                }
            }
        }
        return out
    }
}
