import Foundation
@testable import OKMBuild

/// Photos for the photo tests, made at test time (no binary is committed): libvips's command
/// line draws them, exiftool tags them as a camera and a phone would.
enum PhotoSupport {
    /// Runs a tool; its failure fails the test with the tool's own words.
    @discardableResult
    static func run(_ tool: String, _ arguments: [String], in directory: String? = nil) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [tool] + arguments
        if let directory { p.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            throw Failure("\(tool) \(arguments.joined(separator: " ")) failed (\(p.terminationStatus)): \(String(decoding: e, as: UTF8.self)) — scripts/install-deps installs libvips-tools and libimage-exiftool-perl")
        }
        return String(decoding: o, as: UTF8.self)
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }

    /// A `width`×`height` JPEG of noise, tagged with EXIF orientation 6 (turn 90° clockwise),
    /// a GPS position, XMP, IPTC, a Canon maker note and an embedded thumbnail.
    static func cameraJPEG(at path: String, width: Int, height: Int) throws {
        let scratch = try BuildTestSupport.makeTemporaryDirectory(prefix: "okm-photo-make")
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try run("vips", ["gaussnoise", scratch + "/n.v", "\(width)", "\(height)", "--sigma", "60"])
        try run("vips", ["bandjoin", "\(scratch)/n.v \(scratch)/n.v \(scratch)/n.v", scratch + "/rgb.v"])
        try run("vips", ["jpegsave", scratch + "/rgb.v", path, "--Q", "85"])
        try run("vips", ["thumbnail", scratch + "/rgb.v", scratch + "/thumb.jpg", "160"])
        try run("exiftool", ["-q", "-overwrite_original", "-Orientation#=6",
                             "-GPSLatitude=42.7", "-GPSLatitudeRef=N", "-GPSLongitude=23.3", "-GPSLongitudeRef=E",
                             "-XMP:Creator=Photographer Name", "-IPTC:Keywords=child", "-Make=Canon", "-Model=EOS",
                             "-ThumbnailImage<=\(scratch)/thumb.jpg", path])
        try run("exiftool", ["-q", "-overwrite_original", "-MakerNotes=OKM-MAKER-NOTE", path])
    }

    /// A PNG with an alpha channel and an XMP block.
    static func transparentPNG(at path: String, width: Int, height: Int) throws {
        let scratch = try BuildTestSupport.makeTemporaryDirectory(prefix: "okm-photo-make")
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try run("vips", ["gaussnoise", scratch + "/n.v", "\(width)", "\(height)"])
        try run("vips", ["bandjoin", "\(scratch)/n.v \(scratch)/n.v \(scratch)/n.v \(scratch)/n.v", scratch + "/rgba.v"])
        try run("vips", ["cast", scratch + "/rgba.v", path, "uchar"])
        try run("exiftool", ["-q", "-overwrite_original", "-XMP:Creator=Photographer Name", path])
    }

    /// exiftool's JSON for one file: every tag, by group (`EXIF:GPSLatitude`).
    static func tags(_ path: String) throws -> [String: Any] {
        // `-MakerNotes` by name: exiftool lists a maker note it cannot parse only when asked for it.
        let json = try run("exiftool", ["-j", "-G", "-a", "-b", "-all", "-MakerNotes", path])
        let list = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        return list?.first ?? [:]
    }

    /// Tag groups a published photo must not carry.
    static let metadataGroups = ["EXIF", "GPS", "XMP", "IPTC", "ICC_Profile", "MakerNotes", "Canon", "JFIF-Thumbnail", "Photoshop"]

    /// The tags of a file that belong to a metadata block (anything but the file's own structure).
    static func metadata(_ path: String) throws -> [String] {
        try tags(path).keys.filter { key in
            let group = key.split(separator: ":").first.map(String.init) ?? ""
            return metadataGroups.contains(group) || key.contains("MakerNote") || key.contains("Thumbnail") || key.contains("GPS")
        }.sorted()
    }

    /// A copy of the basic fixture's content in a new project folder, with its own output.
    static func project() throws -> (dir: String, options: BuildOptions) {
        let dir = try BuildTestSupport.makeTemporaryDirectory(prefix: "okm-photos")
        try FileManager.default.copyItem(atPath: BuildTestSupport.fixturesDirectory + "/sites/basic/content", toPath: dir + "/content")
        var o = BuildOptions()
        o.contentDirectory = dir + "/content"
        o.templatesDirectory = BuildTestSupport.templatesDirectory
        o.outputDirectory = dir + "/output"
        return (dir, o)
    }

    /// The basic fixture's seminar (an event) with these lines as its front matter's `images:`
    /// and `attachments:`.
    static func seminar(images: [String], attachments: [String] = [], in dir: String) throws {
        let path = dir + "/content/events/2015/seminar.md"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        var extra = ""
        if !images.isEmpty { extra += "images:\n" + images.map { "  - \($0)\n" }.joined() }
        if !attachments.isEmpty { extra += "attachments:\n" + attachments.map { "  - \($0)\n" }.joined() }
        text = text.replacingOccurrences(of: "presenters:", with: extra + "presenters:")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    static func read(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }
}
