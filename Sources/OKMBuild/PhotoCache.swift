import CVips
import Foundation
import OKMModel

/// Photos made safe and light with libvips, each once: the variants of a photo are kept in
/// `.okm/cache/images/<sha-256 of its bytes>-<recipe>/` beside content/, so a rebuild with
/// the same photo reads them back instead of decoding it again.
///
/// A variant is made from the photo turned upright by its EXIF orientation and converted to
/// sRGB, then saved with every metadata block stripped (EXIF with GPS and maker notes, XMP,
/// IPTC, ICC, embedded thumbnails). Widths are 480, 960 and 1600 where the photo is wider,
/// plus the photo itself with its longer side capped at 2400; never enlarged.
struct PhotoCache: Sendable {
    static let widths = [480, 960, 1600]
    static let longestSide = 2400
    /// Changes whenever what a variant is made of changes, so that old cache entries are not reused.
    static let recipe = "v3-480-960-1600-2400-q82-w80"

    let folder: String

    /// `.okm/cache/images/` in the folder that holds `content/` (ignored by git).
    init(contentDirectory: String) {
        let content = contentDirectory.hasSuffix("/") ? String(contentDirectory.dropLast()) : contentDirectory
        let parent = (content as NSString).deletingLastPathComponent
        folder = (parent.isEmpty ? "." : parent) + "/.okm/cache/images"
    }

    init(folder: String) { self.folder = folder }

    /// One variant in the cache: its file there, and what it is.
    struct Entry: Sendable, Hashable {
        var file: String
        var width: Int
        var height: Int
        var format: PhotoVariant.Format
    }

    enum Outcome: Sendable {
        case cached([Entry])
        case processed([Entry])
        case failed(String)
    }

    /// The variants of the photo at `source` whose main format is `main`: from the cache, or
    /// made now and put there.
    func variants(of source: String, main: PhotoVariant.Format) -> Outcome {
        // A photo whose path, size, time and inode are those of a photo already hashed is not
        // read again (a rebuild of 200 camera photos would read 1.2 GB only to find them cached).
        let stamp = Self.stamp(source).map { folder + "/stamps/" + $0 + "-" + main.rawValue + "-" + Self.recipe }
        if let stamp, let key = try? String(contentsOfFile: stamp, encoding: .utf8),
           !key.contains("/"), let cached = Self.readManifest(folder + "/" + key) {
            return .cached(cached)
        }
        guard let bytes = FileManager.default.contents(atPath: source) else { return .failed("it cannot be read") }
        let key = SHA256.hex(bytes) + "-" + main.rawValue + "-" + Self.recipe
        let entry = folder + "/" + key
        defer { if let stamp, Self.readManifest(entry) != nil { Self.remember(key, at: stamp) } }
        if let cached = Self.readManifest(entry) { return .cached(cached) }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let scratch = folder + "/.\(key).\(getpid()).\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: false)
            defer { try? FileManager.default.removeItem(atPath: scratch) }
            let made = try Self.make(source, main: main, into: scratch)
            let manifest = made.map { "\($0.width) \($0.height) \($0.format.rawValue) \(($0.file as NSString).lastPathComponent)" }.joined(separator: "\n") + "\n"
            try Data(manifest.utf8).write(to: URL(fileURLWithPath: scratch + "/manifest"))
            // Another build may have made the same entry meanwhile: theirs is as good as ours.
            if rename(scratch, entry) != 0 && Self.readManifest(entry) == nil {
                throw PhotoError(message: "the cache entry \(entry) could not be written: \(String(cString: strerror(errno)))")
            }
            return .processed(Self.readManifest(entry) ?? [])
        } catch let e as PhotoError {
            return .failed(e.message)
        } catch {
            return .failed("\(error)")
        }
    }

    struct PhotoError: Error { var message: String }

    /// The file's path, size, modification time (ns) and inode, hashed: nil when it cannot be read.
    static func stamp(_ path: String) -> String? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        let text = "\(path)\u{0}\(st.st_size)\u{0}\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)\u{0}\(st.st_ino)\u{0}\(st.st_dev)"
        return String(SHA256.hex(Data(text.utf8)).prefix(32))
    }

    /// Writes the stamp file (its own scratch name, then renamed: a reader never sees half of it).
    static func remember(_ key: String, at stamp: String) {
        let folder = (stamp as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let scratch = stamp + ".\(getpid()).\(UUID().uuidString)"
        guard (try? Data(key.utf8).write(to: URL(fileURLWithPath: scratch))) != nil else { return }
        if rename(scratch, stamp) != 0 { unlink(scratch) }
    }

    static func readManifest(_ entry: String) -> [Entry]? {
        guard let text = try? String(contentsOfFile: entry + "/manifest", encoding: .utf8) else { return nil }
        var out: [Entry] = []
        for line in text.split(separator: "\n") {
            let f = line.split(separator: " ", maxSplits: 3).map(String.init)
            guard f.count == 4, let w = Int(f[0]), let h = Int(f[1]), let format = PhotoVariant.Format(rawValue: f[2]),
                  !f[3].contains("/"), FileManager.default.fileExists(atPath: entry + "/" + f[3]) else { return nil }
            out.append(Entry(file: entry + "/" + f[3], width: w, height: h, format: format))
        }
        return out.isEmpty ? nil : out
    }

    static let started: Bool = okm_vips_start() == 0

    /// Decodes the photo once (upright, sRGB, capped), keeps that in memory and saves every
    /// variant from it; the files are named `<width>.<ext>` in `folder`.
    static func make(_ source: String, main: PhotoVariant.Format, into folder: String) throws -> [Entry] {
        guard started else { throw PhotoError(message: "libvips could not be started: \(vipsError())") }
        var loaded: UnsafeMutablePointer<VipsImage>?
        guard okm_vips_load_upright(source, &loaded, Int32(longestSide)) == 0, let lazy = loaded else {
            throw PhotoError(message: vipsError())
        }
        defer { okm_vips_unref(lazy) }
        // Decoding happens here: a broken file fails now, and the smaller sizes reuse the pixels.
        guard let pixels = vips_image_copy_memory(lazy) else { throw PhotoError(message: vipsError()) }
        defer { okm_vips_unref(pixels) }
        var bare: UnsafeMutablePointer<VipsImage>?
        guard okm_vips_without_metadata(pixels, &bare) == 0, let full = bare else { throw PhotoError(message: vipsError()) }
        defer { okm_vips_unref(full) }
        let fullWidth = Int(vips_image_get_width(full))
        var out: [Entry] = []
        for width in widths.filter({ $0 < fullWidth }) + [fullWidth] {
            var image = full
            var resized: UnsafeMutablePointer<VipsImage>?
            if width < fullWidth {
                guard okm_vips_to_width(full, &resized, Int32(width)) == 0, let r = resized else { throw PhotoError(message: vipsError()) }
                image = r
            }
            defer { if let resized { okm_vips_unref(resized) } }
            let w = Int(vips_image_get_width(image)), h = Int(vips_image_get_height(image))
            for format in main == .webp ? [main] : [main, .webp] {
                let file = folder + "/\(width).\(format.fileExtension)"
                let status: Int32
                switch format {
                case .jpeg: status = okm_vips_save_jpeg(image, file)
                case .png: status = okm_vips_save_png(image, file)
                case .webp: status = okm_vips_save_webp(image, file)
                }
                guard status == 0 else { throw PhotoError(message: vipsError()) }
                if format == .webp { try WebPMetadata.strip(file) }
                out.append(Entry(file: file, width: w, height: h, format: format))
            }
        }
        return out
    }

    /// libvips's error text (a process-wide buffer), cleared, on one line.
    static func vipsError() -> String {
        let text = String(cString: vips_error_buffer())
        vips_error_clear()
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return lines.isEmpty ? "libvips could not decode it" : lines.prefix(2).joined(separator: "; ")
    }
}

extension PhotoVariant.Format {
    var fileExtension: String {
        switch self {
        case .jpeg: "jpg"
        case .png: "png"
        case .webp: "webp"
        }
    }

    /// The format a photo keeps, by its file name: JPEG, PNG (transparency and sharp edges) or WebP.
    static func main(for path: String) -> PhotoVariant.Format? {
        switch (path as NSString).pathExtension.lowercased() {
        case "jpg", "jpeg": .jpeg
        case "png": .png
        case "webp": .webp
        default: nil
        }
    }
}
