extension Schema {
    /// §6.11: content/site.yml.
    static let siteFields: [SchemaField] = [
        SchemaField("title", .text, .required, label: Words("Заглавие на сайта", "Site title"), help: Words("На всяка страница", "On every page"), example: "ОКМ Русе"),
        SchemaField("description", .text, label: Words("Описание", "Description"), help: Words("Едно изречение за сайта", "One sentence about the site"), example: "Областен координационен механизъм"),
        SchemaField("title_en", .text, label: Words("Заглавие на английски", "Site title in English"), help: Words("Когато сайтът е на английски", "When the site is in English"), example: "Coordination mechanism, Ruse"),
        SchemaField("description_en", .text, label: Words("Описание на английски", "Description in English"), help: Words("Когато сайтът е на английски", "When the site is in English"), example: "The regional coordination mechanism"),
        SchemaField("base_url", .address, label: Words("Адрес на сайта", "Base address"), help: Words("Адресът, на който е публикуван, https://…/", "Where it is published, https://…/"), example: "https://okm.example.bg/"),
        SchemaField("language", .choice(SiteSettings.languages), label: Words("Език", "Language"), help: Words("Езикът на сайта", "The site's language"), example: "bg"),
        SchemaField("menu", .list(.group(.menuItem)), label: Words("Меню", "Menu"), help: Words("Връзките в главното меню", "The links of the main menu")),
        SchemaField("protocol_numbering", .choice(of: ProtocolNumbering.self), label: Words("Номериране на протоколите", "Protocol numbering"),
                    help: Words("yearly: отначало всяка година (по подразбиране); continuous: поредно през годините", "yearly: anew each year (the default); continuous: one sequence over the years"), example: "yearly"),
        SchemaField("allow_raw_html", .yesNo, label: Words("Разреши HTML", "Allow raw HTML"), help: Words("HTML в текста се пропуска, освен ако е true", "Raw HTML in bodies is dropped unless true"), example: "false"),
        SchemaField("accessibility", .group(.accessibility), label: Words("Декларация за достъпност", "Accessibility statement"), help: Words("Публикува се на /accessibility/", "Published at /accessibility/")),
    ]

    static let accessibilityFields: [SchemaField] = [
        SchemaField("status", .choice(of: AccessibilityStatement.Status.self), .required, label: Words("Съответствие", "Compliance"), help: Words("Доколко сайтът отговаря на стандарта", "How far the site meets the standard"), example: "partially-compliant"),
        SchemaField("reviewed", .date, .required, label: Words("Преглед", "Reviewed"), help: Words("Последният преглед, ГГГГ-ММ-ДД", "The last review, YYYY-MM-DD"), example: "2026-01-15"),
        SchemaField("contact", .textOrGroup(.contact), .required, label: Words("Връзка", "Contact"), help: Words("Имейл или { email, phone, address }", "An e-mail, or { email, phone, address }"),
                    example: "okm@example.bg", missingHint: " (an e-mail address, or { email, phone, address })"),
        SchemaField("standard", .text, label: Words("Стандарт", "Standard"), help: Words("По подразбиране \(AccessibilityStatement.defaultStandard)", "By default \(AccessibilityStatement.defaultStandard)"), example: AccessibilityStatement.defaultStandard),
        SchemaField("prepared", .date, label: Words("Изготвена", "Prepared"), help: Words("Кога е изготвена, ГГГГ-ММ-ДД", "When it was prepared, YYYY-MM-DD"), example: "2025-09-01"),
        SchemaField("method", .choice(of: AccessibilityStatement.Method.self), label: Words("Метод", "Method"), help: Words("Как е оценено", "How it was assessed"), example: "self-assessment"),
        SchemaField("non_compliant", .list(.text), label: Words("Несъответствия", "Non-compliant"), help: Words("Съдържание, което не отговаря", "Content that does not comply"), example: "сканираните протоколи"),
        SchemaField("disproportionate_burden", .list(.text), label: Words("Несъразмерна тежест", "Disproportionate burden"), help: Words("Съдържание, чието поправяне е несъразмерно", "Content whose fixing is a disproportionate burden"), example: "архивът"),
        SchemaField("out_of_scope", .list(.text), label: Words("Извън обхвата", "Out of scope"), help: Words("Съдържание извън обхвата", "Content out of scope"), example: "външни връзки"),
        SchemaField("enforcement", .group(.link), label: Words("Контролен орган", "Enforcement"), help: Words("Къде читателят може да се обърне", "Where readers may turn"), example: nil),
    ]
}
