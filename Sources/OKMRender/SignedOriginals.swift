import OKMModel

/// The signed original of a protocol as its page and its year's volume name it:
/// "Подписан оригинал (PDF, 1,2 MB)", with the scan's type and size in the page's language.
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

    /// 340 KB, 1,2 MB: kilobytes whole, megabytes with one decimal, the separator from i18n.
    func fileSize(_ bytes: Int) -> String {
        let kb = 1024, mb = 1024 * 1024
        if bytes < mb {
            return fill("size_kb", ["n": String(max(1, (bytes + kb / 2) / kb))])
        }
        let tenths = (bytes * 10 + mb / 2) / mb
        let n = tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10)\(label("decimal_separator"))\(tenths % 10)"
        return fill("size_mb", ["n": n])
    }
}
