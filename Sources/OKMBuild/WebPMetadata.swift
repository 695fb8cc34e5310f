import Foundation

/// Removes the EXIF, XMP and ICC chunks from a WebP file. libvips 8.14's webpsave writes an
/// EXIF block of its own (orientation, resolution) even when told to strip, and even from an
/// image with no metadata left; a published photo carries none.
enum WebPMetadata {
    static let dropped: Set<String> = ["EXIF", "XMP ", "ICCP"]

    /// The file rewritten without those chunks (and with VP8X's flags for them cleared).
    static func strip(_ path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let cleaned = stripped(data) else {
            throw PhotoCache.PhotoError(message: "libvips wrote a WebP file okm cannot read back: \(path)")
        }
        if cleaned != data { try cleaned.write(to: URL(fileURLWithPath: path)) }
    }

    /// nil when `data` is not a well-formed WebP (RIFF) file.
    static func stripped(_ data: Data) -> Data? {
        let bytes = [UInt8](data)
        guard bytes.count >= 12, bytes[0..<4] == [0x52, 0x49, 0x46, 0x46][...],
              bytes[8..<12] == [0x57, 0x45, 0x42, 0x50][...] else { return nil }
        var body: [UInt8] = Array("WEBP".utf8)
        var offset = 12
        while offset < bytes.count {
            guard offset + 8 <= bytes.count else { return nil }
            let tag = String(decoding: bytes[offset..<offset + 4], as: UTF8.self)
            let size = Int(bytes[offset + 4]) | Int(bytes[offset + 5]) << 8 | Int(bytes[offset + 6]) << 16 | Int(bytes[offset + 7]) << 24
            let end = offset + 8 + size + (size & 1)
            guard end <= bytes.count || offset + 8 + size == bytes.count else { return nil }
            var chunk = Array(bytes[offset..<min(end, bytes.count)])
            if tag == "VP8X", chunk.count > 8 { chunk[8] &= ~UInt8(0x20 | 0x08 | 0x04) }  // ICC, EXIF, XMP flags
            if !dropped.contains(tag) { body += chunk }
            offset = end
        }
        let size = UInt32(body.count)
        return Data([0x52, 0x49, 0x46, 0x46] + (0..<4).map { UInt8(truncatingIfNeeded: size >> (8 * UInt32($0))) } + body)
    }
}
