/// The schema as JSON Schema (draft 2020-12), for editors: one document per kind's front
/// matter and one for site.yml, with Bulgarian titles and descriptions. It says what the
/// loader says where JSON Schema can (types, choices, date and kind/slug patterns, required
/// fields, no unknown keys); what needs the whole site (references, agenda numbers,
/// timelines, personal numbers) only `okm check` knows.
public enum JSONSchema {
    public static let dialect = "https://json-schema.org/draft/2020-12/schema"

    /// The file a kind's schema is written to (`protocols.json`), and site.yml's (`site.json`).
    public static func fileName(of kind: Kind) -> String { kind.folder + ".json" }
    public static let siteFileName = "site.json"

    public static func document(for kind: Kind) -> JSONTree {
        let label = Schema.label(of: kind)
        return document(title: label.bg + " (content/\(kind.folder)/)",
                        description: "Предната част (front matter) на запис от content/\(kind.folder)/ — между двата реда '---' в началото на файла .md. "
                            + "Запис с draft: true (чернова) може да няма полетата, нужни за публикуване.",
                        fields: Schema.fields(of: kind), drafts: true)
    }

    public static func siteDocument() -> JSONTree {
        document(title: Schema.siteLabel.bg, description: "Настройките на сайта: content/site.yml.", fields: Schema.site, drafts: false)
    }

    /// Every document, by file name, in kind order then site.json.
    public static func all() -> [(name: String, tree: JSONTree)] {
        Kind.allCases.map { (fileName(of: $0), document(for: $0)) } + [(siteFileName, siteDocument())]
    }

    static func document(title: String, description: String, fields: [SchemaField], drafts: Bool) -> JSONTree {
        var pairs: [(String, JSONTree)] = [
            ("$schema", .string(dialect)),
            ("title", .string(title)),
            ("description", .string(description)),
        ]
        pairs += object(fields, top: true)
        let whenPublished = fields.filter { $0.requirement == .requiredWhenPublished }.map { JSONTree.string($0.name) }
        if drafts && !whenPublished.isEmpty {
            // Required unless `draft` is true (in any of the ways okm reads yes).
            pairs.append(("if", .object([
                ("properties", .object([("draft", .object([("anyOf", .array([
                    .object([("const", .bool(true))]),
                    .object([("type", .string("string")), ("pattern", .string(anyCase(["true", "yes", "on"])))]),
                ]))]))])),
                ("required", .array([.string("draft")])),
            ])))
            pairs.append(("else", .object([("required", .array(whenPublished))])))
        }
        let groups = usedGroups(fields)
        if !groups.isEmpty {
            pairs.append(("$defs", .object(groups.map { g in
                (g.rawValue, .object([("title", .string(g.label.bg))] + object(g.fields, top: false) + forms(g)))
            })))
        }
        return .object(pairs)
    }

    /// A group with forms is exactly one of them: its first field written, and only the form's fields.
    private static func forms(_ g: GroupName) -> [(String, JSONTree)] {
        guard let forms = g.forms else { return [] }
        return [("oneOf", .array(forms.map { form in
            .object([("required", .array([.string(form[0])])), ("propertyNames", .object([("enum", .array(form.map(JSONTree.string)))]))])
        }))]
    }

    /// `type: object`, the properties, the always-required ones, no other keys.
    private static func object(_ fields: [SchemaField], top: Bool) -> [(String, JSONTree)] {
        var pairs: [(String, JSONTree)] = [("type", .string("object"))]
        pairs.append(("properties", .object(fields.map { ($0.name, property($0, top: top)) })))
        let required = fields.filter { $0.requirement == .required }.map { JSONTree.string($0.name) }
        if !required.isEmpty { pairs.append(("required", .array(required))) }
        pairs.append(("additionalProperties", .bool(false)))
        return pairs
    }

    private static func property(_ f: SchemaField, top: Bool) -> JSONTree {
        var pairs: [(String, JSONTree)] = [("title", .string(f.label.bg)), ("description", .string(f.help.bg))]
        if top && f.name == "type", case .choice(let words) = f.type {
            // okm reads `type:` in any letter case.
            pairs += [("type", .string("string")), ("pattern", .string(anyCase(words)))]
        } else if case .object(let body) = schema(of: f.type) {
            pairs += body
        }
        if let example = f.example { pairs.append(("examples", .array([.string(example)]))) }
        return .object(pairs)
    }

    /// The schema of a value of this type, as the loader reads it. A YAML editor reads
    /// `number: 2` as a number and `draft: true` as a boolean; okm reads both as written,
    /// so text fields take numbers and booleans too.
    static func schema(of type: FieldType) -> JSONTree {
        switch type {
        case .text, .multilineText, .time:
            return .object([("type", .array([.string("string"), .string("number"), .string("boolean")]))])
        case .date:
            return .object([("type", .string("string")), ("format", .string("date")), ("pattern", .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))])
        case .archiveDate:
            // YAML reads `2016` as a number; okm reads it as written. The pattern cannot tell
            // 2016-02-30 from a day of the calendar, nor an interval that ends before it begins.
            let point = "([0-9]{4}|[0-9]{3}X|[0-9]{2}XX)(-(0[1-9]|1[0-2]|XX)(-(0[1-9]|[12][0-9]|3[01]|XX))?)?[~?%]?"
            // A plain day is checked as a `date` (2015-02-30 fails); every other form by pattern.
            return .object([("anyOf", .array([
                .object([("type", .string("integer")), ("minimum", .int(1)), ("maximum", .int(9999))]),
                .object([("type", .string("string")), ("format", .string("date")), ("pattern", .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]),
                .object([("type", .string("string")),
                         ("pattern", .string("^(?![0-9]{4}-[0-9]{2}-[0-9]{2}$)(\(point)|(\(point)|\\.\\.)/(\(point)|\\.\\.))$"))]),
            ]))])
        case .number(let min):
            var integer: [(String, JSONTree)] = [("type", .string("integer"))]
            if let min { integer.append(("minimum", .int(min))) }
            let digits = min == nil ? "^\\s*[-+]?[0-9]+\\s*$" : min! >= 1 ? "^\\s*\\+?0*[1-9][0-9]*\\s*$" : "^\\s*\\+?[0-9]+\\s*$"
            return .object([("anyOf", .array([.object(integer), .object([("type", .string("string")), ("pattern", .string(digits))])]))])
        case .yesNo:
            return .object([("anyOf", .array([
                .object([("type", .string("boolean"))]),
                .object([("type", .string("string")), ("pattern", .string(anyCase(["true", "false", "yes", "no", "on", "off"])))]),
            ]))])
        case .address:
            // The schemes the loader refuses (URLs.dangerousScheme), as far as a pattern can see them.
            let refused = "^(?![\\s]*(" + ["javascript", "vbscript", "data", "file"].map(letters).joined(separator: "|") + "):)"
            return .object([("type", .string("string")), ("minLength", .int(1)), ("pattern", .string(refused))])
        case .reference:
            return .object([("type", .array([.string("string"), .string("number")]))])
        case .kindSlug:
            let kinds = Kind.allCases.map(\.folder).joined(separator: "|")
            return .object([("type", .string("string")), ("pattern", .string("^/*(\(kinds))/+[^/]+/*$"))])
        case .source:
            return .object([("anyOf", .array([schema(of: .kindSlug), schema(of: .group(.source))]))])
        case .choice(let values):
            return .object([("enum", .array(values.map(JSONTree.string)))])
        case .list(let item):
            if case .group = item {
                return .object([("type", .string("array")), ("items", schema(of: item))])
            }
            // A single value is a list of one.
            return .object([("anyOf", .array([schema(of: item), .object([("type", .string("array")), ("items", schema(of: item))])]))])
        case .group(let g):
            return .object([("$ref", .string("#/$defs/" + g.rawValue))])
        case .textOrGroup(let g):
            return .object([("anyOf", .array([schema(of: .text), schema(of: .group(g))]))])
        case .referenceOrGroup(let kinds, let g):
            return .object([("anyOf", .array([schema(of: .reference(kinds)), schema(of: .group(g))]))])
        }
    }

    /// `^(true|yes)$` in any letter case, as character classes (JSON Schema patterns have no flags).
    static func anyCase(_ words: [String]) -> String {
        "^(" + words.map(letters).joined(separator: "|") + ")$"
    }

    private static func letters(_ word: String) -> String {
        word.map { c in
            let lower = String(c).lowercased(), upper = String(c).uppercased()
            return lower == upper ? String(c) : "[\(lower)\(upper)]"
        }.joined()
    }

    /// The groups the fields use, directly or through other groups, in first-use order.
    static func usedGroups(_ fields: [SchemaField]) -> [GroupName] {
        var out: [GroupName] = []
        func visit(_ fields: [SchemaField]) {
            for f in fields {
                guard let g = f.type.group, !out.contains(g) else { continue }
                out.append(g)
                visit(g.fields)
            }
        }
        visit(fields)
        return out
    }
}
