import OKMModel

/// The files of `/data/` (`OpenData.catalog`), each streamed piece by piece as it is written.
struct OpenDataFiles: Generator {
    let ctx: RenderContext

    func jobs() -> [RenderJob] {
        let ctx = ctx
        return OpenData.catalog.map { file in
            let path = "data/" + file.name
            return RenderJob(path: path, owner: .generated("open data file")) {
                OutputFile(path: path, contents: .stream { emit in ctx.openData(file, emit: emit) })
            }
        }
    }
}
