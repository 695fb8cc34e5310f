import OKMModel

enum Titles {
    /// The title a record is linked under: its own, or its slug. A protocol without a title
    /// gets its words in Render (i18n `protocol_title*`); Link holds no phrase.
    static func title(of header: Header) -> String {
        header.title ?? header.id.slug
    }
}
