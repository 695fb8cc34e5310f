extension Schema {
    static let kindLabels: [Kind: Words] = [
        .protocols: Words("Протоколи", "Protocols"), .news: Words("Новини", "News"), .events: Words("Събития", "Events"),
        .institutions: Words("Институции", "Institutions"), .services: Words("Услуги", "Services"),
        .projects: Words("Проекти", "Projects"), .organizations: Words("Организации", "Organizations"),
        .people: Words("Хора", "People"), .regions: Words("Области", "Regions"), .pages: Words("Страници", "Pages"),
    ]

    /// A slug as the demo content has one, for examples.
    public static func exampleSlug(_ kind: Kind) -> String {
        switch kind {
        case .protocols: "ruse-2014-11-25"
        case .news: "treto-zasedanie-ruse"
        case .events: "kragla-masa-ruse"
        case .pages: "za-nas"
        case .institutions: "dmsgd-ruse"
        case .services: "integrirani-uslugi-0-3-ruse"
        case .projects: "posoka-semeystvo"
        case .organizations: "rdsp-ruse"
        case .people: "ivan-petrov"
        case .regions: "ruse"
        }
    }

    /// §5: the fields every document may carry, as they apply to `kind`.
    static func common(_ kind: Kind) -> [SchemaField] {
        var f: [SchemaField] = [
            SchemaField("type", .choice([kind.singular, kind.folder].uniqued()), label: Words("Вид", "Kind"),
                        help: Words("Видът на записа; трябва да отговаря на папката", "The record's kind; must agree with the folder"), example: kind.singular),
            SchemaField("slug", .text, label: Words("Слъг", "Slug"),
                        help: Words("Замества слъга от името на файла", "Replaces the slug made from the file name"), example: exampleSlug(kind)),
        ]
        if !kind.isEntity {
            let titleRequired = kind == .news || kind == .events || kind == .pages
            f.append(SchemaField("title", .text, titleRequired ? .requiredWhenPublished : .optional, label: Words("Заглавие", "Title"),
                                 help: Words("Заглавието на страницата", "The page's heading"), example: "Трето заседание на ОКМ – Русе"))
            f.append(SchemaField("date", .archiveDate, kind.isDated ? .requiredWhenPublished : .optional, label: Words("Дата", "Date"),
                                 help: Words("Денят на заседанието, публикацията или събитието, ГГГГ-ММ-ДД; когато източникът не казва деня — като в архив (EDTF): 2016-09, 2016, 2016~ (около), 2016? (несигурно), 201X, 2016/.. (след)",
                                             "The day of the meeting, publication or event, YYYY-MM-DD; when the source does not give the day, as an archive writes it (EDTF): 2016-09, 2016, 2016~ (circa), 2016? (uncertain), 201X, 2016/.. (after)"), example: "2014-11-25"))
        }
        let regionRequired = kind == .protocols || kind == .events
        f += [
            SchemaField("region", .reference([.regions]), regionRequired ? .requiredWhenPublished : .optional, label: Words("Област", "Region"),
                        help: Words("Областта, към която е записът", "The region the record belongs to"), example: exampleSlug(.regions)),
            SchemaField("summary", .multilineText, label: Words("Резюме", "Summary"),
                        help: Words("Един абзац за списъците; по подразбиране първият абзац", "One paragraph for lists; the body's first paragraph by default"), example: "Обсъдено бе реструктурирането на ДМСГД – Русе."),
            SchemaField("tags", .list(.text), label: Words("Етикети", "Tags"), help: Words("Свободни думи", "Free words"), example: "кръгла маса"),
        ]
        f += Kind.mentionable.map { referenceList($0, Words("Изрични препратки освен споменаванията в текста", "Explicit references besides the body's mentions")) }
        f += [
            SchemaField("images", .list(.group(.image)), label: Words("Снимки", "Images"), help: Words("Снимки към записа", "Pictures shown with the record")),
            SchemaField("attachments", .list(.group(.attachment)), label: Words("Прикачени файлове", "Attachments"), help: Words("Файлове за изтегляне", "Files to download")),
            SchemaField("source", .list(.source), label: Words("Източник", "Source"),
                        help: Words("Откъде са фактите в записа: запис (вид/слъг) или { title, url, accessed } на външна страница или документ; един или списък", "Where the record's facts come from: a record (kind/slug) or { title, url, accessed } of an outside page or document; one or a list"),
                        example: "pages/principles"),
            SchemaField("draft", .yesNo, label: Words("Непубликуван (чернова)", "Draft"),
                        help: Words("true го държи извън сайта; черновата може да няма задължителните полета", "true keeps it out of the site; a draft may lack the required fields"), example: "true"),
        ]
        return f
    }
}

extension Array where Element: Hashable {
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
