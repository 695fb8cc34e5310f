import OKMLink
import OKMModel

/// The files of `/data/` (`OpenData.catalog`), each streamed piece by piece as it is written.
/// Inputs: the site (its published records), how to write an address in full, and the full
/// address of a file a record names (`assets`: the page toolkit's `absoluteAsset`, so the rule
/// of which names are the record's own files stays in one place).
struct OpenDataFiles: Generator {
    let site: Site
    let urls: AbsoluteURLs
    let assets: @Sendable (String, Header) -> SafeURL?

    func jobs() -> [RenderJob] {
        let generator = self
        return OpenData.catalog.map { file in
            let path = "data/" + file.name
            return RenderJob(path: path, owner: .generated("open data file")) {
                OutputFile(path: path, contents: .stream { emit in generator.openData(file, emit: emit) })
            }
        }
    }

    /// A file named in a record's front matter, as an absolute URL.
    func absoluteAsset(_ src: String, of h: Header) -> SafeURL? { assets(src, h) }
}
