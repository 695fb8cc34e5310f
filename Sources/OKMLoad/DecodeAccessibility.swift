import OKMModel
import Yams

extension FieldReader {
    /// `accessibility:` of site.yml: the statement EU Decision 2018/1523 asks for.
    /// Reports unknown keys itself; nil when a required part is missing.
    func accessibilityStatement() -> AccessibilityStatement? {
        defer { finish() }
        let status = choice("status", AccessibilityStatement.Status.self)
        let reviewed = day("reviewed")
        let contact = accessibilityContact()
        var a = AccessibilityStatement(status: status ?? .nonCompliant, reviewed: reviewed ?? Day(year: 1, month: 1, day: 1)!,
                                       contact: contact ?? .init())
        if let s = string("standard") { a.standard = s }
        a.prepared = day("prepared")
        if let p = a.prepared, let r = reviewed, r < p {
            sink.error(2060, location(of: "reviewed"), ["reviewed": "\(r.iso)", "prepared": "\(p.iso)"])
        }
        if let m = choice("method", AccessibilityStatement.Method.self) { a.method = m }
        a.nonCompliant = strings("non_compliant")
        a.disproportionateBurden = strings("disproportionate_burden")
        a.outOfScope = strings("out_of_scope")
        if let e = nested("enforcement") {
            let title = e.string("title")
            if let url = e.address("url") { a.enforcement = SourceLink(title: title, url: url) }
            e.finish()
        }
        guard status != nil, reviewed != nil, contact != nil else { return nil }
        return a
    }

    /// `contact: someone@example.bg`, or `contact: { email, phone, address }` with at least one of them.
    private func accessibilityContact() -> AccessibilityStatement.Contact? {
        guard let n = node("contact") else {
            missing("contact")
            return nil
        }
        if case .scalar = n {
            guard let email = string("contact") else { return nil }
            return .init(email: email)
        }
        guard let r = FieldReader.mapping(n, place: place, sink: sink, what: .phrase("what.field", ["key": "contact"]), fields: groupFields("contact")) else { return nil }
        defer { r.finish() }
        let c = AccessibilityStatement.Contact(email: r.string("email"), phone: r.string("phone"), address: r.string("address"))
        guard c.email != nil || c.phone != nil || c.address != nil else {
            r.missing("email", .phrase("hint.contactParts"))
            return nil
        }
        return c
    }
}
