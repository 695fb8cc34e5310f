import Foundation
import OKMLink
import OKMModel

/// Warnings for what a reader would miss, given by `okm check`: they do not stop a build.
public enum Advice {
    static let genericAlt: Set<String> = ["снимка", "изображение", "картинка", "фото", "image", "photo", "picture", "img", "alt"]

    public static func warnings(_ site: Site, today: Day?) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let c = site.content
        for h in c.protocols.map(\.header) + c.news.map(\.header) + c.events.map(\.header) where h.summary == nil {
            out.append(.warning(5901, h.fileLocation, [:]))
        }
        for h in c.headers {
            for image in h.images {
                let alt = image.alt.trimmingCharacters(in: .whitespaces)
                let file = (image.src as NSString).lastPathComponent
                let stem = (file as NSString).deletingPathExtension
                if genericAlt.contains(alt.lowercased()) || alt == file || alt.lowercased() == stem.lowercased() || alt.count < 5 {
                    out.append(.warning(5902, image.location, ["alt": "\(alt)"]))
                }
            }
        }
        for i in c.institutions where (site.backlinks[i.header.id] ?? []).isEmpty {
            out.append(.warning(5903, i.header.fileLocation, [:]))
        }
        if let today {
            for p in c.protocols {
                for d in p.decisions where d.isOverdue(today: today) {
                    if let due = d.due {
                        out.append(.warning(5904, d.location, ["ordinal": "\(d.ordinal)", "due": "\(due.text)", "status": "\(d.status.rawValue)"]))
                    }
                }
            }
        }
        return out
    }
}
