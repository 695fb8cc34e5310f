import OKMModel
import Yams

extension FieldReader {
    /// A `source:` value: `kind/slug` of a record (its existence is checked by the linker, as
    /// every reference), or `{ title, url, accessed }` of an outside page or document — `title`
    /// required, `url` under the address policy (`address`), `accessed` a date. Every field
    /// of type `.source` is read here.
    func source(_ n: Node, field: String, what: MessageArgument? = nil) -> Source? {
        switch n {
        case .scalar:
            return reference(n, field: field, kinds: Kind.allCases).map(Source.record)
        case .mapping:
            guard let r = FieldReader.mapping(n, place: place, sink: sink, what: what ?? .phrase("what.field", ["key": "\(field)"]), fields: GroupName.source.fields) else { return nil }
            let title = r.string("title")
            let url = r.address("url")
            let accessed = r.archiveDate("accessed")
            r.finish()
            return title.map { .document(OutsideDocument(title: $0, url: url, accessed: accessed)) }
        default:
            sink.error(2037, place.location(n), ["field": "\(field)", "found": n.kindName])
            return nil
        }
    }

    /// A field holding one source.
    func source(_ key: String) -> Source? {
        guard let n = node(key) else { return nil }
        return source(n, field: key)
    }

    /// A field holding one source or a list of them.
    func sources(_ key: String) -> [Source] {
        guard let n = node(key) else { return [] }
        guard case .sequence(let seq) = n else { return source(n, field: key).map { [$0] } ?? [] }
        return seq.enumerated().compactMap { i, item in source(item, field: key, what: .phrase("what.fieldItem", ["key": "\(key)", "n": "\(i + 1)"])) }
    }
}
