import OKMModel

enum Titles {
    /// "Протокол № 2 от заседание на ОКМ – Русе", the title a protocol gets when none is written.
    static func protocolTitle(number: String?, regionName: String?) -> String {
        var t = "Протокол"
        if let number { t += " № \(number)" }
        t += " от заседание на ОКМ"
        if let regionName { t += " – \(regionName)" }
        return t
    }

    static func title(of header: Header) -> String {
        header.title ?? header.id.slug
    }
}
