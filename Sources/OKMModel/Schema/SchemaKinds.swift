extension Schema {
    /// `name`, `short`, `aliases` of an entity (a person has only `name`).
    static func names(_ kind: Kind) -> [SchemaField] {
        let name = SchemaField("name", .text, .requiredWhenPublished, label: Words("Наименование", "Name"),
                               help: Words("Пълното име", "The full name"), example: "Иван Петров")
        if kind == .people { return [name] }
        return [
            name,
            SchemaField("short", .text, label: Words("Кратко име", "Short name"), help: Words("Показва се в таблици и връзки", "Shown in tables and links"), example: "РДСП Русе"),
            SchemaField("aliases", .list(.text), label: Words("Други имена", "Other names"), help: Words("Имена, с които текстът го споменава", "Names a body mentions it by"), example: "Дирекцията"),
            SchemaField("name_en", .text, label: Words("Наименование на английски", "Name in English"), help: Words("Показва се, когато сайтът е на английски", "Shown when the site is in English"), example: "Ruse Province"),
        ]
    }

    /// §6: the fields of each kind besides §5.
    static func own(_ kind: Kind) -> [SchemaField] {
        switch kind {
        case .protocols: [
            SchemaField("number", .text, label: Words("Номер", "Number"), help: Words("Номерът на протокола, както е написан", "The protocol's number as written"), example: "2"),
            SchemaField("time", .time, label: Words("Час", "Time"), help: Words("Например 10:00 или 10:00 – 12:30 ч.", "For example 10:00 or 10:00 – 12:30"), example: "10:00"),
            SchemaField("place", .text, label: Words("Място", "Place"), help: Words("Къде се проведе заседанието", "Where the meeting was held"), example: "Зала 1, Областна администрация – Русе"),
            SchemaField("approved_by", .group(.approval), label: Words("Утвърдил", "Approved by"), help: Words("Кой утвърди протокола", "Who approved the protocol")),
            SchemaField("approved_on", .archiveDate, label: Words("Дата на одобряване", "Approved on"), help: Words("Денят на подписа под „ОДОБРЯВАМ“, ГГГГ-ММ-ДД; без точен ден — както го пише архивът: 2015-09, 2015, 2015~, 2016/..", "The day of the signature under ОДОБРЯВАМ, YYYY-MM-DD; without an exact day, as an archive writes it: 2015-09, 2015, 2015~, 2016/.."), example: "2014-12-01"),
            SchemaField("original", .address, label: Words("Подписан оригинал", "Signed original"), help: Words("Сканираният подписан протокол: файл в папката на записа", "The signed protocol as scanned: a file in the record's folder"), example: "ruse-2014-11-25-podpisan.pdf"),
            SchemaField("chair", .referenceOrGroup([.people], .chair), label: Words("Председател", "Chair"), help: Words("Кой председателства; с длъжността на заседанието: { person, post }", "Who chaired; with the post held at the meeting: { person, post }"), example: exampleSlug(.people)),
            SchemaField("attendees", .list(.referenceOrGroup([.organizations, .people], .attendanceLine)), label: Words("Присъстващи", "Attendees"),
                        help: Words("Редовете на присъствието в реда на протокола: организация или лице (името на файла), { person, post }, { organization, count }, { text }", "The attendance lines in the protocol's order: an organization or person (file name), { person, post }, { organization, count }, { text }"), example: exampleSlug(.organizations)),
            SchemaField("attendance_note", .text, label: Words("Бележка за присъствието", "Attendance note"), help: Words("Присъствие, което не е списък с имена", "Attendance that is not a list of names"), example: "представители на шест от общините"),
            SchemaField("agenda", .list(.group(.agendaItem)), label: Words("Дневен ред", "Agenda"), help: Words("Точка N е N-тата в списъка", "Item N is the N-th in the list")),
            SchemaField("decisions", .list(.group(.decision)), label: Words("Решения", "Decisions"), help: Words("Приетите решения", "The decisions taken")),
            SchemaField("next_meeting", .archiveDate, label: Words("Следващо заседание", "Next meeting"), help: Words("Денят на следващото заседание, ГГГГ-ММ-ДД; без точен ден — както го пише архивът: 2015-09, 2015, 2015~, 2016/.. (тогава не е в календара)", "The next meeting's day, YYYY-MM-DD; without an exact day, as an archive writes it: 2015-09, 2015, 2015~, 2016/.. (then it is not in the calendar)"), example: "2015-02-17"),
            SchemaField("prepared_by", .reference([.people]), label: Words("Изготвил", "Prepared by"), help: Words("Кой написа протокола", "Who wrote the protocol"), example: exampleSlug(.people)),
        ]
        case .news: [
            SchemaField("event", .reference([.events]), label: Words("Събитие", "Event"), help: Words("Събитието, за което е новината: името на файла му", "The event the news item reports: its file name"), example: "ruse-seminar"),
            SchemaField("event_date", .archiveDate, label: Words("Дата на събитието", "Event date"), help: Words("Кога се случи описаното, ГГГГ-ММ-ДД; без точен ден — както го пише архивът: 2015-09, 2015, 2015~", "When what it tells of happened, YYYY-MM-DD; without an exact day, as an archive writes it: 2015-09, 2015, 2015~"), example: "2015-02-17"),
        ]
        case .events: [
            SchemaField("format", .choice(of: EventFormat.self), .requiredWhenPublished, label: Words("Формат", "Format"), help: Words("Видът на събитието", "The kind of event"), example: "round-table"),
            SchemaField("place", .text, label: Words("Място", "Place"), help: Words("Къде се проведе", "Where it was held"), example: "Русе"),
            SchemaField("time", .time, label: Words("Час", "Time"), help: Words("Например 10:00", "For example 10:00"), example: "10:00"),
            SchemaField("participants", .number(min: 0), label: Words("Участници", "Participants"), help: Words("Колко души участваха", "How many took part"), example: "108"),
            SchemaField("presenters", .list(.group(.presenter)), label: Words("Лектори", "Presenters"), help: Words("Кой представи и какво", "Who presented what")),
        ]
        case .pages: [
            SchemaField("weight", .number(min: nil), label: Words("Тежест", "Weight"), help: Words("Място в списъците; по-малкото е първо", "Position in lists; lower first"), example: "10"),
        ]
        case .institutions: names(kind) + [
            SchemaField("kind", .choice(of: InstitutionKind.self), label: Words("Вид", "Kind"), help: Words("Видът на институцията", "The kind of institution"), example: "dmsgd"),
            SchemaField("municipality", .text, label: Words("Община", "Municipality"), help: Words("Общината, в която е", "The municipality it is in"), example: "Русе"),
            SchemaField("capacity", .number(min: 0), label: Words("Капацитет", "Capacity"), help: Words("Брой места", "Number of places"), example: "60"),
            SchemaField("timeline", .list(.group(.timelineStep)), label: Words("Закриване", "Timeline"), help: Words("Стъпките на закриването, от най-старата", "The closure's steps, oldest first")),
            SchemaField("replaced_by", .list(.reference([.services])), label: Words("Заменена от", "Replaced by"), help: Words("Услугите, които я заменят", "The services that replace it"), example: exampleSlug(.services)),
        ]
        case .services: names(kind) + [
            SchemaField("kind", .choice(of: ServiceKind.self), label: Words("Вид", "Kind"), help: Words("Видът на услугата", "The kind of service"), example: "family-type-centre"),
            SchemaField("provider", .reference([.organizations]), label: Words("Доставчик", "Provider"), help: Words("Кой я предоставя", "Who provides it"), example: exampleSlug(.organizations)),
            SchemaField("opened", .archiveDate, label: Words("Открита", "Opened"), help: Words("Кога е открита, ГГГГ-ММ-ДД; без точен ден — както го пише архивът: 2015-09, 2015, 2015~, 2016/..", "When it opened, YYYY-MM-DD; without an exact day, as an archive writes it: 2015-09, 2015, 2015~, 2016/.."), example: "2015-06-01"),
            SchemaField("capacity", .number(min: 0), label: Words("Капацитет", "Capacity"), help: Words("Брой места", "Number of places"), example: "14"),
            SchemaField("replaces", .list(.reference([.institutions])), label: Words("Заменя", "Replaces"), help: Words("Институциите, които заменя", "The institutions it replaces"), example: exampleSlug(.institutions)),
        ]
        case .projects: names(kind) + [
            SchemaField("code", .text, label: Words("Код", "Code"), help: Words("Кодът на проекта", "The project's code"), example: "ДИ-0-3"),
            SchemaField("beneficiary", .reference([.organizations]), label: Words("Бенефициент", "Beneficiary"), help: Words("Кой изпълнява проекта", "Who carries the project out"), example: exampleSlug(.organizations)),
            SchemaField("partners", .list(.reference([.organizations])), label: Words("Партньори", "Partners"), help: Words("Партньорските организации", "The partner organizations"), example: exampleSlug(.organizations)),
            SchemaField("associates", .list(.reference([.organizations])), label: Words("Асоциирани", "Associates"), help: Words("Асоциираните организации", "The associated organizations"), example: exampleSlug(.organizations)),
            SchemaField("programme", .text, label: Words("Програма", "Programme"), help: Words("Оперативната програма", "The operational programme"), example: "ОП „Развитие на човешките ресурси“"),
            SchemaField("fund", .text, label: Words("Фонд", "Fund"), help: Words("Финансиращият фонд", "The fund that pays"), example: "Европейски социален фонд"),
            SchemaField("start", .archiveDate, label: Words("Начало", "Start"), help: Words("ГГГГ-ММ-ДД; без точен ден — както го пише архивът: 2015-09, 2015, 2015~, 2016/..", "YYYY-MM-DD; without an exact day, as an archive writes it: 2015-09, 2015, 2015~, 2016/.."), example: "2014-01-01"),
            SchemaField("end", .archiveDate, label: Words("Край", "End"), help: Words("ГГГГ-ММ-ДД; без точен ден — както го пише архивът: 2015-09, 2015, 2015~, 2016/..; не преди началото", "YYYY-MM-DD; without an exact day, as an archive writes it: 2015-09, 2015, 2015~, 2016/..; not before the start"), example: "2016-12-31"),
        ]
        case .organizations: names(kind) + [
            SchemaField("kind", .choice(of: OrganizationKind.self), label: Words("Вид", "Kind"), help: Words("Видът на организацията", "The kind of organization"), example: "directorate"),
            SchemaField("parent", .reference([.organizations]), label: Words("Горестояща", "Parent"), help: Words("Организацията, към която е", "The organization it belongs to"), example: "asp"),
            SchemaField("url", .address, label: Words("Уебсайт", "Website"), help: Words("Уеб адрес https://…", "A web address https://…"), example: "https://www.example.bg/"),
        ]
        case .people: names(kind) + [
            SchemaField("honorific", .choice(of: Honorific.self), label: Words("Обръщение", "Honorific"), help: Words("г-н, г-жа, д-р или проф., ако протоколите го пишат пред името", "г-н, г-жа, д-р or проф., when protocols write it before the name"), example: "г-жа"),
            SchemaField("posts", .list(.group(.post)), label: Words("Длъжности", "Posts"), help: Words("Длъжностите на лицето", "The person's posts")),
        ]
        case .regions: names(kind) + [
            SchemaField("mechanism", .group(.mechanism), label: Words("Механизъм", "Mechanism"), help: Words("Областният координационен механизъм", "The region's coordination mechanism")),
        ]
        }
    }
}
