import OKMModel

/// The signed original of a protocol as its page and its year's volume name it:
/// "Подписан оригинал (PDF, 1,2 MB)", with the scan's type and size in the page's language
/// (the size as attachments give theirs: `fileSize`, FileViews.swift).
extension RenderContext {
    func signedOriginal(_ p: ProtocolRecord) -> LinkView? {
        guard let o = p.original else { return nil }
        let ext = o.file.split(separator: "/").last.flatMap { name in name.contains(".") ? name.split(separator: ".").last : nil }
        let type = ext.map { String($0).uppercased() } ?? label("file_type_unknown")
        let size = o.bytes.map(fileSize)
        let title = size.map { fill("signed_original", ["type": type, "size": $0]) }
            ?? fill("signed_original_no_size", ["type": type])
        return LinkView(title: title, url: assetURL(o.file, of: p.header))
    }
}
