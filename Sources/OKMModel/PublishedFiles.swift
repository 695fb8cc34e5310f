/// What the build knows about the files of content/ it publishes, for the pages that show
/// them: each processed photo's variants (sizes and formats) and each file's size in bytes.
/// Keys are paths in content/ (`news/2015/snimka.jpg`), as in `FileReference.path`.
public struct PublishedFiles: Sendable, Equatable {
    public var photos: [String: ProcessedPhoto]
    public var sizes: [String: Int]

    public init(photos: [String: ProcessedPhoto] = [:], sizes: [String: Int] = [:]) {
        self.photos = photos
        self.sizes = sizes
    }
}

/// A photo as okm publishes it: upright, without metadata, at a few widths.
public struct ProcessedPhoto: Sendable, Hashable {
    /// The largest variant's size (the photo's own, capped), after turning it upright.
    public var width: Int
    public var height: Int
    /// Every variant, smallest first; the largest of the main format is at the photo's own path.
    public var variants: [PhotoVariant]

    public init(width: Int, height: Int, variants: [PhotoVariant]) {
        self.width = width
        self.height = height
        self.variants = variants
    }

    /// The variants in `format`, smallest first.
    public func variants(in format: PhotoVariant.Format) -> [PhotoVariant] { variants.filter { $0.format == format } }
}

public struct PhotoVariant: Sendable, Hashable {
    public enum Format: String, Sendable, Hashable { case jpeg, png, webp }
    /// Its path in the site, like a content path (`news/2015/snimka-480w.jpg`).
    public var path: String
    public var width: Int
    public var height: Int
    public var format: Format

    public init(path: String, width: Int, height: Int, format: Format) {
        self.path = path
        self.width = width
        self.height = height
        self.format = format
    }
}
