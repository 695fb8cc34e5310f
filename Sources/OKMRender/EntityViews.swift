import OKMLink
import OKMModel

extension RenderContext {
    func view(_ i: Institution) -> DocumentView {
        var v = document(i.header, title: i.names.name, kindLabel: label("institution_\(i.kind.rawValue)"), facts: [
            fact("kind", label("institution_\(i.kind.rawValue)")), regionFact(i.header),
            fact("municipality", i.municipality), fact("capacity", i.capacity.map(String.init)),
            fact("status", links: [closureStatusLink(i)]),
        ])
        v.timeline = milestoneViews(i)
        return v
    }

    func view(_ s: Service) -> DocumentView {
        document(s.header, title: s.names.name, kindLabel: label("service_\(s.kind.rawValue)"), facts: [
            fact("kind", label("service_\(s.kind.rawValue)")), regionFact(s.header),
            fact("provider", link: link(s.provider)), fact("opened", date(s.opened)),
            fact("capacity", s.capacity.map(String.init)),
        ])
    }

    func view(_ p: Project) -> DocumentView {
        let period = [p.start, p.end].compactMap { date($0) }.joined(separator: " – ")
        return document(p.header, title: p.names.name, kindLabel: label("projects"), facts: [
            fact("code", p.code), fact("programme", p.programme), fact("fund", p.fund),
            fact("beneficiary", link: link(p.beneficiary)), fact("partners", links: links(p.partners)),
            fact("associates", links: links(p.associates)), fact("period", period.isEmpty ? nil : period),
            regionFact(p.header),
        ])
    }

    func view(_ o: Organization) -> DocumentView {
        var v = document(o.header, title: o.names.name, kindLabel: label("organization_\(o.kind.rawValue)"), facts: [
            fact("kind", label("organization_\(o.kind.rawValue)")), regionFact(o.header),
            fact("parent", link: link(o.parent)),
            Fact(label: label("website"), values: o.url.map { [LinkView(title: $0, url: SafeURL(content: $0))] } ?? []),
        ])
        v.page.meta?.jsonLD = linkedData(o)
        return v
    }

    func view(_ p: Person) -> DocumentView {
        var v = document(p.header, title: p.name, kindLabel: label("people"), facts: [regionFact(p.header)])
        v.posts = p.posts.map { post in
            let org = link(post.organization)
            let span = [post.from.flatMap { date($0).map { "\(label("since")) \($0)" } },
                        post.to.flatMap { date($0).map { "\(label("until")) \($0)" } }].compactMap { $0 }
            let meta = ([org?.title].compactMap { $0 } + span).joined(separator: ", ")
            return LinkView(title: post.title, url: org?.url, meta: meta.isEmpty ? nil : meta, metaLang: org?.titleLang)
        }
        return v
    }

    func view(_ r: Region) -> DocumentView {
        let m = r.mechanism
        return document(r.header, title: r.names.name, kindLabel: label("regions"), facts: [
            fact("established", date(m?.established)), fact("order", m?.order),
            fact("initiated_by", link: link(m?.initiatedBy)),
        ])
    }
}
