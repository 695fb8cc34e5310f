/// The named groups of fields, each reused wherever it appears.
public enum GroupName: String, Sendable, Hashable, CaseIterable {
    case image, attachment, link, approval, agendaItem = "agenda-item", decision, presenter
    case timelineStep = "timeline-step", post, mechanism, menuItem = "menu-item"
    case accessibility, contact, source
    case attendanceLine = "attendance-line", reporter, chair

    public var label: Words {
        switch self {
        case .image: Words("Снимка", "Image")
        case .attachment: Words("Прикачен файл", "Attachment")
        case .link: Words("Връзка", "Link")
        case .approval: Words("Утвърждаване", "Approval")
        case .agendaItem: Words("Точка от дневния ред", "Agenda item")
        case .decision: Words("Решение", "Decision")
        case .presenter: Words("Лектор", "Presenter")
        case .timelineStep: Words("Стъпка от закриването", "Timeline step")
        case .post: Words("Длъжност", "Post")
        case .mechanism: Words("Механизъм", "Mechanism")
        case .menuItem: Words("Елемент от менюто", "Menu item")
        case .accessibility: Words("Декларация за достъпност", "Accessibility statement")
        case .contact: Words("Връзка за достъпност", "Accessibility contact")
        case .attendanceLine: Words("Ред от присъствието", "Attendance line")
        case .reporter: Words("Докладващ", "Reporter")
        case .chair: Words("Председател", "Chair")
        case .source: Words("Външен източник", "Outside source")
        }
    }

    public var fields: [SchemaField] {
        switch self {
        case .image: [
            SchemaField("src", .address, .required, label: Words("Файл", "File"),
                        help: Words("Файлът на снимката в папката на записа или адрес https://…", "The picture's file in the record's folder, or an https://… address"), example: "snimka.jpg"),
            SchemaField("alt", .text, .required, label: Words("Текстово описание", "Text alternative"),
                        help: Words("Опишете снимката за читатели, които не я виждат; \"\" за украса", "Describe the picture for readers who cannot see it; \"\" for decoration"),
                        example: "Участниците в заседанието", missingHint: ": describe the picture for readers who cannot see it"),
            SchemaField("caption", .text, label: Words("Надпис", "Caption"), help: Words("Текст под снимката", "Text under the picture"), example: "Заседанието в Русе"),
        ]
        case .attachment: [
            SchemaField("file", .address, .required, label: Words("Файл", "File"), help: Words("Файлът за изтегляне", "The file to download"), example: "protokol.pdf"),
            SchemaField("title", .text, .required, label: Words("Заглавие", "Title"), help: Words("Какво съдържа файлът", "What the file holds"), example: "Сканиран протокол"),
        ]
        case .link: [
            SchemaField("title", .text, label: Words("Заглавие", "Title"), help: Words("Името на мястото; без него се показва адресът", "The place's name; the address is shown without it"), example: "Областна администрация – Русе"),
            SchemaField("url", .address, .required, label: Words("Адрес", "Address"), help: Words("Уеб адрес https://…", "A web address https://…"), example: "https://www.example.bg/"),
        ]
        case .approval: [
            SchemaField("person", .reference([.people]), .required, label: Words("Лице", "Person"), help: Words("Кой утвърди протокола", "Who approved the protocol"), example: "ivan-petrov"),
            SchemaField("post", .text, label: Words("Длъжност", "Post"), help: Words("Длъжността му при утвърждаването", "Their post when approving"), example: "Областен управител"),
        ]
        case .agendaItem: [
            SchemaField("title", .text, .required, label: Words("Точка", "Item"), help: Words("Точката, както е в дневния ред", "The item as worded in the agenda"), example: "Разни"),
            SchemaField("reporters", .list(.referenceOrGroup([.people], .reporter)), label: Words("Докладващи", "Reporters"), help: Words("Кой докладва по точката: лице (името на файла), { person, post } или група { text }", "Who reported on it: a person (file name), { person, post } or a group { text }"), example: "ivan-petrov"),
        ] + Kind.mentionable.filter { $0 != .people }.map { referenceList($0, Words("За какво е точката", "What the item is about")) }
        case .decision: [
            SchemaField("text", .multilineText, .required, label: Words("Решение", "Decision"), help: Words("Решението, както е записано", "The decision as worded"), example: "Да се изпрати запитване до МЗ"),
            SchemaField("agenda_item", .number(min: 1), label: Words("По точка", "Agenda item"), help: Words("Номерът на точката от дневния ред", "The number of the agenda item"), example: "1"),
            SchemaField("responsible", .list(.reference([.organizations, .people])), label: Words("Отговорни", "Responsible"), help: Words("Кой трябва да го изпълни", "Who must carry it out"), example: "ivan-petrov"),
            SchemaField("due", .archiveDate, label: Words("Срок", "Due"), help: Words("Краен срок, ГГГГ-ММ-ДД; без точен ден — както го пише архивът: 2015-09, 2015, 2015~, 2016/.. (просрочено, когато и последният възможен ден е минал)", "Deadline, YYYY-MM-DD; without an exact day, as an archive writes it: 2015-09, 2015, 2015~, 2016/.. (overdue once its latest possible day is past)"), example: "2015-03-31"),
            SchemaField("status", .choice(of: DecisionStatus.self), label: Words("Състояние", "Status"), help: Words("По подразбиране open", "open by default"), example: "done"),
            SchemaField("closed_by", .kindSlug, label: Words("Закрито от", "Closed by"), help: Words("Записът, който го отчете: вид/слъг", "The record that reported it: kind/slug"), example: "protocols/ruse-2015-02-17"),
            SchemaField("source", .source, label: Words("Източник", "Source"), help: Words("Откъде е решението, ако не е само от протокола: запис (вид/слъг) или { title, url, accessed }", "Where the decision comes from, when not only its protocol: a record (kind/slug) or { title, url, accessed }"), example: "news/treto-zasedanie-ruse"),
        ]
        case .presenter: [
            SchemaField("person", .reference([.people]), .required, label: Words("Лице", "Person"), help: Words("Кой представи", "Who presented"), example: "ivan-petrov"),
            SchemaField("topic", .text, label: Words("Тема", "Topic"), help: Words("За какво говори", "What they spoke about"), example: "Приемна грижа"),
        ]
        case .timelineStep: [
            SchemaField("date", .archiveDate, label: Words("Дата", "Date"), help: Words("Денят на стъпката, ГГГГ-ММ-ДД; без точен ден — както го пише архивът (2015, 2015~); стъпките вървят напред; без дата, ако източникът не я казва (тогава „source“ е задължителен)", "The step's day, YYYY-MM-DD; without an exact day, as an archive writes it (2015, 2015~); steps move forward; left out when the source gives none (then 'source' is required)"), example: "2014-11-25"),
            SchemaField("status", .choice(ClosureStatus.stepStatuses.map(\.rawValue)), .required, label: Words("Състояние", "Status"), help: Words("Състоянието от този ден", "The status from that day"), example: "closure-planned"),
            SchemaField("children", .number(min: 0), label: Words("Деца", "Children"), help: Words("Колко деца има в институцията", "How many children the institution has"), example: "12"),
            SchemaField("source", .source, label: Words("Източник", "Source"), help: Words("Откъде е стъпката: запис (вид/слъг) или { title, url, accessed } на външен документ; задължителен за стъпка без дата", "Where the step comes from: a record (kind/slug) or { title, url, accessed } of an outside document; required for a step without a date"), example: "protocols/ruse-2014-11-25"),
            SchemaField("note", .text, label: Words("Бележка", "Note"), help: Words("Кратко пояснение", "A short note"), example: "по решение на МТСП"),
        ]
        case .post: [
            SchemaField("title", .text, .required, label: Words("Длъжност", "Post"), help: Words("Наименованието на длъжността", "The post's title"), example: "експерт"),
            SchemaField("organization", .reference([.organizations]), label: Words("Организация", "Organization"), help: Words("Къде", "Where"), example: "rdsp-ruse"),
            SchemaField("from", .archiveDate, label: Words("От", "From"), help: Words("От кога, ГГГГ-ММ-ДД; без точен ден — както го пише архивът: 2015-09, 2015, 2015~, 2016/..", "Since, YYYY-MM-DD; without an exact day, as an archive writes it: 2015-09, 2015, 2015~, 2016/.."), example: "2013-06-01"),
            SchemaField("to", .archiveDate, label: Words("До", "To"), help: Words("До кога, ГГГГ-ММ-ДД; без точен ден — както го пише архивът: 2015-09, 2015, 2015~, 2016/..", "Until, YYYY-MM-DD; without an exact day, as an archive writes it: 2015-09, 2015, 2015~, 2016/.."), example: "2016-01-31"),
        ]
        case .mechanism: [
            SchemaField("established", .archiveDate, label: Words("Създаден", "Established"), help: Words("Денят на заповедта, ГГГГ-ММ-ДД; без точен ден — както го пише архивът: 2015-09, 2015, 2015~, 2016/..", "The order's day, YYYY-MM-DD; without an exact day, as an archive writes it: 2015-09, 2015, 2015~, 2016/.."), example: "2012-09-03"),
            SchemaField("order", .text, label: Words("Заповед", "Order"), help: Words("Номерът на заповедта", "The order's number"), example: "РД-15"),
            SchemaField("initiated_by", .reference([.organizations]), label: Words("Създаден от", "Initiated by"), help: Words("Организацията, която го създаде", "The organization that set it up"), example: "rdsp-ruse"),
            SchemaField("numbering", .choice(of: ProtocolNumbering.self), label: Words("Номериране на протоколите", "Protocol numbering"),
                        help: Words("Ако механизмът номерира иначе от сайта: yearly или continuous", "When the mechanism numbers otherwise than the site: yearly or continuous"), example: "continuous"),
        ]
        case .menuItem: [
            SchemaField("title", .text, .required, label: Words("Текст", "Text"), help: Words("Текстът в менюто", "The text in the menu"), example: "Протоколи"),
            SchemaField("title_en", .text, label: Words("Текст на английски", "Text in English"), help: Words("Текстът в менюто, когато сайтът е на английски", "The text in the menu when the site is in English"), example: "Minutes"),
            SchemaField("url", .address, .required, label: Words("Адрес", "Address"), help: Words("Път в сайта или уеб адрес", "A path in the site or a web address"), example: "/protocols/"),
        ]
        case .attendanceLine: [
            SchemaField("person", .reference([.people]), label: Words("Лице", "Person"), help: Words("Кой присъства: името на файла му", "Who attended: their file name"), example: "mariela-licheva"),
            SchemaField("post", .text, label: Words("Длъжност", "Post"), help: Words("Длъжността му на заседанието, както е в протокола", "Their post at the meeting, as the protocol writes it"), example: "директор на дирекция „Здравни и социални дейности“"),
            SchemaField("organization", .reference([.organizations]), label: Words("Организация", "Organization"), help: Words("Коя организация беше представена: името на файла ѝ", "Which organization was represented: its file name"), example: "rdsp-ruse"),
            SchemaField("count", .number(min: 1), label: Words("Брой представители", "Representatives"), help: Words("Колко души я представляваха", "How many represented it"), example: "2"),
            SchemaField("as", .text, label: Words("Както е написано", "As written"), help: Words("Името, както е в протокола; показва се вместо името на записа", "The name as the protocol writes it; shown instead of the record's name"), example: "Регионален инспекторат по образованието – Русе"),
            SchemaField("text", .text, label: Words("Текст", "Text"), help: Words("Присъствие, което не е запис, както е написано", "Attendance that is not a record, as written"), example: "представители на шест от общините в Област Русе"),
            SchemaField("joined", .text, label: Words("Свързан с „и“", "Joined by"), help: Words("Думата, с която редът се свързва с предишния в изречението на протокола, както е написана (и); без нея — запетая", "The word that joins the line to the one before in the protocol's sentence, as written (и); a comma without it"), example: "и"),
            SchemaField("source", .source, label: Words("Източник", "Source"), help: Words("Откъде е редът, ако не е само от протокола: запис (вид/слъг) или { title, url, accessed }", "Where the line comes from, when not only its protocol: a record (kind/slug) or { title, url, accessed }"), example: "news/treto-zasedanie-ruse"),
        ]
        case .reporter: [
            SchemaField("person", .reference([.people]), label: Words("Лице", "Person"), help: Words("Кой докладва: името на файла му", "Who reported: their file name"), example: "mariela-licheva"),
            SchemaField("post", .text, label: Words("Длъжност", "Post"), help: Words("Длъжността му на заседанието, както е в протокола", "Their post at the meeting, as the protocol writes it"), example: "директор на дирекция „Здравни и социални дейности“"),
            SchemaField("text", .text, label: Words("Група", "Group"), help: Words("Група докладващи, както е написано", "A group of reporters, as written"), example: "членовете на Областен координационен механизъм по деинституционализация"),
        ]
        case .chair: [
            SchemaField("person", .reference([.people]), .required, label: Words("Лице", "Person"), help: Words("Кой председателства: името на файла му", "Who chaired: their file name"), example: "stanimir-stanchev"),
            SchemaField("post", .text, label: Words("Длъжност", "Post"), help: Words("Длъжността му на заседанието, както е в протокола", "Their post at the meeting, as the protocol writes it"), example: "заместник областен управител на Област Русе"),
        ]
        case .accessibility: Schema.accessibilityFields
        case .source: [
            SchemaField("title", .text, .required, label: Words("Заглавие", "Title"), help: Words("Името на документа, както той сам се озаглавява", "The document's name, as it heads itself"), example: "„Мисията – възможна“, презентация на ОКМ – Русе"),
            SchemaField("url", .address, label: Words("Адрес", "Address"), help: Words("Уеб адрес https://…; без него за документ на хартия", "A web address https://…; none for a paper document"), example: "https://www.example.bg/"),
            SchemaField("accessed", .archiveDate, label: Words("Достъпен на", "Accessed"), help: Words("Денят, в който е прочетен на адреса, ГГГГ-ММ-ДД; без точен ден — както го пише архивът: 2015-09, 2015, 2015~, 2016/..", "The day it was read at the address, YYYY-MM-DD; without an exact day, as an archive writes it: 2015-09, 2015, 2015~, 2016/.."), example: "2026-12-01"),
        ]
        case .contact: [
            SchemaField("email", .text, label: Words("Имейл", "E-mail"), help: Words("Имейл за въпроси за достъпността", "E-mail for accessibility questions"), example: "okm@example.bg"),
            SchemaField("phone", .text, label: Words("Телефон", "Phone"), help: Words("Телефон за връзка", "A phone number"), example: "+359 82 1234"),
            SchemaField("address", .text, label: Words("Адрес", "Address"), help: Words("Пощенски адрес", "A postal address"), example: "пл. Свобода 6, Русе"),
        ]
        }
    }
}

extension GroupName {
    /// For a group written instead of a reference: the fields that go together, each form named
    /// by its first field (a line is a person with a post, or an organization with a count, or
    /// text). nil for the other groups, whose fields all go together.
    public var forms: [[String]]? {
        switch self {
        case .attendanceLine: [["person", "post", "as", "joined", "source"], ["organization", "count", "as", "joined", "source"], ["text", "joined", "source"]]
        case .reporter: [["person", "post"], ["text"]]
        default: nil
        }
    }
}

/// A list of references to one kind, named after the kind's folder (`institutions: [dmsgd-ruse]`).
func referenceList(_ kind: Kind, _ help: Words) -> SchemaField {
    let label = Schema.label(of: kind)
    return SchemaField(kind.folder, .list(.reference([kind])), label: label, help: help, example: Schema.exampleSlug(kind))
}
