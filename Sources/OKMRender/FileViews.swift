import Foundation
import OKMModel

/// The pictures and attachments of a document, as its page shows them.
extension RenderContext {
    /// The gallery's `sizes`: one column on a phone, a grid of about 18rem wide figures beyond.
    static let gallerySizes = "(min-width: 40rem) 18rem, 100vw"

    func gallery(_ h: Header) -> [ImageView] {
        h.images.enumerated().compactMap { index, image in
            guard let src = assetURL(image.src, of: h) else { return nil }
            var view = ImageView(src: src, alt: image.alt, caption: image.caption)
            view.lazy = index > 0
            guard let path = published(image.src, as: "image", of: h), let photo = files.photos[path] else { return view }
            let main = photo.variants.first { $0.path == path }?.format ?? .jpeg
            func srcset(_ format: PhotoVariant.Format) -> SafeURL? {
                let list = photo.variants(in: format).map { (url: url("/" + $0.path), width: $0.width) }
                return list.isEmpty ? nil : SafeURL.srcset(list)
            }
            view.hasSize = true
            view.width = photo.width
            view.height = photo.height
            view.srcset = srcset(main)
            view.webpSrcset = main == .webp ? nil : srcset(.webp)
            view.sizes = Self.gallerySizes
            view.full = image.alt.isEmpty ? nil : view.src
            return view
        }
    }

    /// "PDF, 1,2 MB" (Bulgarian) or "PDF, 1.2 MB" (English): the file's type, by its
    /// extension, and its size; nil for a file okm does not publish (an address elsewhere).
    func fileTypeAndSize(_ file: String, of h: Header) -> String? {
        guard let path = published(file, as: "attachment", of: h), let bytes = files.sizes[path] else { return nil }
        let ext = (path as NSString).pathExtension.uppercased()
        let size = fileSize(bytes)
        return ext.isEmpty ? size : fill("file_type_size", ["type": t["file_type_" + ext.lowercased()] ?? ext, "size": size])
    }

    /// A size in bytes as a reader reads it: `850 B`, `3,4 kB`, `12 kB`, `1,2 MB` (units of
    /// 1000; one decimal below 10; the decimal mark and unit names from the UI strings).
    func fileSize(_ bytes: Int) -> String {
        let (value, unit): (Double, String) = bytes < 1000 ? (Double(bytes), "file_size_b")
            : bytes < 1_000_000 ? (Double(bytes) / 1000, "file_size_kb")
            : bytes < 1_000_000_000 ? (Double(bytes) / 1_000_000, "file_size_mb")
            : (Double(bytes) / 1_000_000_000, "file_size_gb")
        var number: String
        if bytes >= 1000 && value < 9.95 {
            number = String(format: "%.1f", value)
            number = number.replacingOccurrences(of: ".", with: t["decimal_mark"] ?? ".")
        } else {
            number = String(Int(value.rounded()))
        }
        return fill(unit, ["n": number])
    }
}

extension RenderContext {
    /// The path in content/ of a file the record names (as the loader resolved it), nil for an address elsewhere.
    func published(_ name: String, as what: String, of h: Header) -> String? {
        h.files.first { $0.name == name && $0.what == what }?.path
    }
}
