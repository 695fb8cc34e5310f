import Foundation
import Testing
@testable import OKMBuild
import OKMModel

/// Issue 19, items 5 and 6: photos published upright, without metadata, at several widths with
/// WebP beside them, processed once (a cache by content hash), shown as a gallery; a photo
/// that cannot be decoded is an error at its entry; attachments show their type and size.
@Suite(.serialized) struct PhotoTests {
    @Test func publishedVariantsAreUprightWithoutMetadataAtTheStatedWidths() throws {
        let (dir, options) = try PhotoSupport.project()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let source = dir + "/content/events/2015/kamera.jpg"
        try PhotoSupport.cameraJPEG(at: source, width: 3000, height: 2000)
        try PhotoSupport.transparentPNG(at: dir + "/content/events/2015/shema.png", width: 700, height: 500)
        // The test means something only if the source carries what must go.
        let before = try PhotoSupport.tags(source)
        for tag in ["EXIF:GPSLatitude", "XMP:Creator", "IPTC:Keywords", "EXIF:ThumbnailImage", "EXIF:Orientation"] {
            #expect(before[tag] != nil, "the generated photo lacks \(tag)")
        }
        #expect(before.keys.contains { $0.contains("MakerNote") }, "the generated photo lacks a maker note")
        try PhotoSupport.seminar(images: ["{ src: kamera.jpg, alt: Участници в семинара }", "{ src: shema.png, alt: Схема }"], in: dir)

        let report = Pipeline.build(options)
        #expect(report.succeeded, "\(report.diagnostics)")
        let folder = dir + "/output/events/2015"
        // Orientation 6 turns the 3000×2000 picture to 2000×3000; its longer side is capped at 2400.
        let expected: [(String, Int, Int)] = [
            ("kamera-480w.jpg", 480, 720), ("kamera-960w.jpg", 960, 1440), ("kamera.jpg", 1600, 2400),
            ("kamera-480w.webp", 480, 720), ("kamera-960w.webp", 960, 1440), ("kamera-1600w.webp", 1600, 2400),
            // 700 wide: one smaller width, never enlarged; PNG stays PNG (it has transparency).
            ("shema-480w.png", 480, 343), ("shema.png", 700, 500), ("shema-480w.webp", 480, 343), ("shema-700w.webp", 700, 500),
        ]
        let published = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("kamera") || $0.hasPrefix("shema") }
        #expect(Set(published) == Set(expected.map(\.0)))
        for (name, width, height) in expected {
            let path = folder + "/" + name
            let tags = try PhotoSupport.tags(path)
            let w = (tags["File:ImageWidth"] ?? tags["RIFF:ImageWidth"] ?? tags["PNG:ImageWidth"]) as? Int
            let h = (tags["File:ImageHeight"] ?? tags["RIFF:ImageHeight"] ?? tags["PNG:ImageHeight"]) as? Int
            #expect(w == width && h == height, "\(name) is \(w ?? 0)×\(h ?? 0), not \(width)×\(height)")
            #expect(try PhotoSupport.metadata(path) == [], "\(name) still carries metadata")
        }
        #expect(try PhotoSupport.tags(folder + "/shema.png")["PNG:ColorType"] as? String == "RGB with Alpha")
    }

    @Test func aPhotoThatCannotBeDecodedIsAnErrorAtItsEntryAndOutputStaysWhole() throws {
        let (dir, options) = try PhotoSupport.project()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let good = dir + "/content/events/2015/kamera.jpg"
        try PhotoSupport.cameraJPEG(at: good, width: 1200, height: 800)
        try PhotoSupport.seminar(images: ["{ src: kamera.jpg, alt: Участници }", "{ src: schupena.jpg, alt: Зала }"], in: dir)
        // A JPEG cut short, as a card pulled out while the camera writes.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: good))
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: dir + "/content/events/2015/schupena.jpg"))
        // The first build publishes without it (a missing file is a warning) …
        try FileManager.default.moveItem(atPath: dir + "/content/events/2015/schupena.jpg", toPath: dir + "/schupena.jpg")
        #expect(Pipeline.build(options).succeeded)
        let published = GoldenSiteTests.tree(dir + "/output")
        // … the second has it, and fails.
        try FileManager.default.moveItem(atPath: dir + "/schupena.jpg", toPath: dir + "/content/events/2015/schupena.jpg")
        let report = Pipeline.build(options)
        #expect(!report.succeeded)
        let errors = report.diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.hasPrefix(dir + "/content/events/2015/seminar.md:11:12: error: the image 'events/2015/schupena.jpg' cannot be decoded as a picture") == true, "\(errors)")
        #expect(GoldenSiteTests.tree(dir + "/output") == published, "the failed build changed output/")

        // Bytes that are no picture at all.
        try Data("not a photo".utf8).write(to: URL(fileURLWithPath: dir + "/content/events/2015/schupena.jpg"))
        let garbage = Pipeline.build(options)
        #expect(garbage.diagnostics.filter { $0.severity == .error }.map(\.location.line) == [11])
        #expect(GoldenSiteTests.tree(dir + "/output") == published)
    }

    @Test func aFileNamedLikeASmallerCopyIsAnError() throws {
        let (dir, options) = try PhotoSupport.project()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try PhotoSupport.cameraJPEG(at: dir + "/content/events/2015/kamera.jpg", width: 1000, height: 700)
        try PhotoSupport.cameraJPEG(at: dir + "/content/events/2015/kamera-480w.jpg", width: 600, height: 400)
        try PhotoSupport.seminar(images: ["{ src: kamera.jpg, alt: А }", "{ src: kamera-480w.jpg, alt: Б }"], in: dir)
        let report = Pipeline.build(options)
        #expect(!report.succeeded)
        #expect(report.diagnostics.filter { $0.severity == .error }.map(\.description) == [
            dir + "/content/events/2015/seminar.md:10:12: error: okm publishes a smaller copy of the image 'events/2015/kamera.jpg' as /events/2015/kamera-480w.jpg, which is also a file in content/: rename one of them",
        ])
        #expect(!FileManager.default.fileExists(atPath: dir + "/output/index.html"))
    }

    @Test func aSecondBuildProcessesNoPhoto() throws {
        let (dir, options) = try PhotoSupport.project()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try PhotoSupport.cameraJPEG(at: dir + "/content/events/2015/a.jpg", width: 1000, height: 700)
        try PhotoSupport.cameraJPEG(at: dir + "/content/events/2015/b.jpg", width: 900, height: 600)
        try PhotoSupport.seminar(images: ["{ src: a.jpg, alt: А }", "{ src: b.jpg, alt: Б }"], in: dir)
        let first = Pipeline.build(options)
        #expect(first.succeeded)
        // The fixture's own 1×1 PNG is the third photo.
        #expect(first.photosProcessed == 3 && first.photosFromCache == 0)
        let firstTree = GoldenSiteTests.tree(dir + "/output")
        let second = Pipeline.build(options)
        #expect(second.succeeded)
        #expect(second.photosProcessed == 0 && second.photosFromCache == 3)
        #expect(GoldenSiteTests.tree(dir + "/output") == firstTree)
        #expect(FileManager.default.fileExists(atPath: dir + "/.okm/cache/images"))
        // Touched, the same bytes: read and hashed again (its stamp changed), still not processed.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: dir + "/content/events/2015/a.jpg")
        let touched = Pipeline.build(options)
        #expect(touched.photosProcessed == 0 && touched.photosFromCache == 3)
        // A changed photo is processed again; the others are not.
        try PhotoSupport.cameraJPEG(at: dir + "/content/events/2015/b.jpg", width: 800, height: 600)
        let third = Pipeline.build(options)
        #expect(third.photosProcessed == 1 && third.photosFromCache == 2)
    }

    @Test func anEventPageShowsItsPhotosAsAGallery() throws {
        let (dir, options) = try PhotoSupport.project()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try PhotoSupport.cameraJPEG(at: dir + "/content/events/2015/a.jpg", width: 2000, height: 1000)
        try PhotoSupport.cameraJPEG(at: dir + "/content/events/2015/b.jpg", width: 700, height: 600)
        try PhotoSupport.seminar(images: ["{ src: a.jpg, alt: Залата, caption: Откриване }", "{ src: b.jpg, alt: Зрители }"], in: dir)
        #expect(Pipeline.build(options).succeeded)
        let page = PhotoSupport.read(dir + "/output/events/2015/seminar/index.html")
        let start = try #require(page.range(of: #"<ul class="gallery" aria-label="Снимки">"#))
        let gallery = String(page[start.lowerBound...]).components(separatedBy: "</ul>")[0]
        let items = gallery.components(separatedBy: "<li>").dropFirst().map { $0.components(separatedBy: "</li>")[0] }
        #expect(items.count == 2)
        // Orientation 6: the 2000×1000 photo is published 1000×2000 (under the 2400 cap, so whole).
        #expect(items[0] == """
            <figure>
            <a href="/events/2015/a.jpg"><picture><source type="image/webp" srcset="/events/2015/a-480w.webp 480w, /events/2015/a-960w.webp 960w, /events/2015/a-1000w.webp 1000w" sizes="(min-width: 40rem) 18rem, 100vw"><img src="/events/2015/a.jpg" srcset="/events/2015/a-480w.jpg 480w, /events/2015/a-960w.jpg 960w, /events/2015/a.jpg 1000w" sizes="(min-width: 40rem) 18rem, 100vw" width="1000" height="2000" alt="Залата" decoding="async"></picture></a>
            <figcaption>Откриване</figcaption>
            </figure>
            """)
        // The second is below the fold: lazy. No caption, no figcaption.
        #expect(items[1].contains(#"width="600" height="700" alt="Зрители" loading="lazy" decoding="async">"#))
        #expect(items[1].contains(#"<a href="/events/2015/b.jpg">"#) && !items[1].contains("<figcaption>"))
    }

    @Test func attachmentsShowTheirTypeAndSize() throws {
        let (dir, options) = try PhotoSupport.project()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data(count: 1_234_567).write(to: URL(fileURLWithPath: dir + "/content/events/2015/programa.pdf"))
        try Data(count: 3_400).write(to: URL(fileURLWithPath: dir + "/content/events/2015/spisak.docx"))
        try PhotoSupport.seminar(images: [], attachments: ["{ file: programa.pdf, title: Програма }", "{ file: spisak.docx, title: Списък }",
                                                           "{ file: 'https://example.org/x.pdf', title: Другаде }"], in: dir)
        #expect(Pipeline.build(options).succeeded)
        let bg = PhotoSupport.read(dir + "/output/events/2015/seminar/index.html")
        #expect(bg.contains(#"<a href="/events/2015/programa.pdf">Програма</a> <span class="muted">(PDF, 1,2 MB)</span>"#))
        #expect(bg.contains(#"<a href="/events/2015/spisak.docx">Списък</a> <span class="muted">(DOCX, 3,4 kB)</span>"#))
        #expect(bg.contains(#"<a href="https://example.org/x.pdf">Другаде</a></li>"#))
        var english = options
        english.language = "en"
        #expect(Pipeline.build(english).succeeded)
        let en = PhotoSupport.read(dir + "/output/events/2015/seminar/index.html")
        #expect(en.contains(#"<a href="/events/2015/programa.pdf">Програма</a> <span class="muted">(PDF, 1.2 MB)</span>"#))
        #expect(en.contains("(DOCX, 3.4 kB)"))
    }
}
