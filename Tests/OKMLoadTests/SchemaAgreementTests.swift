import Testing
@testable import OKMLoad
@testable import OKMModel

/// The schema and the decoders describe the same fields: a record that has every field of its
/// kind's schema (each with its example value) decodes without an error, every key the decoder
/// reads is in the schema and every schema field is read; a key the schema lacks is an error,
/// at the top and inside every group.
@Suite struct SchemaAgreementTests {
    static let extraKey = "zzz_extra"

    /// Front matter with every field, as YAML; `extraIn` names where to add an unknown key:
    /// "front matter" for the top, or a group's name.
    static func yaml(_ fields: [SchemaField], indent: String = "", extraIn: String? = nil, here: String = "front matter") -> String {
        var out = ""
        for f in fields {
            switch f.type {
            case .list(.referenceOrGroup(_, let g)):
                // A slug, then one line of each form (a line of two forms is an error).
                out += "\(indent)\(f.name):\n\(indent)  - \(quoted(f))\n"
                for form in g.forms ?? [g.fields.map(\.name)] {
                    let item = yaml(g.fields.filter { form.contains($0.name) }, indent: indent + "    ", extraIn: extraIn, here: g.rawValue)
                    out += "\(indent)  - " + item.dropFirst(indent.count + 4)
                }
            case .group, .textOrGroup, .referenceOrGroup, .source, .list(.source):
                let g = f.type.group!  // a source is written as its group here: every field of it is read
                out += "\(indent)\(f.name):\n" + yaml(g.fields, indent: indent + "  ", extraIn: extraIn, here: g.rawValue)
            case .list(.group(let g)):
                let item = yaml(g.fields, indent: indent + "    ", extraIn: extraIn, here: g.rawValue)
                out += "\(indent)\(f.name):\n\(indent)  - " + item.dropFirst(indent.count + 4)
            case .list:
                out += "\(indent)\(f.name): [\(quoted(f))]\n"
            default:
                out += "\(indent)\(f.name): \(quoted(f))\n"
            }
        }
        if extraIn == here { out += "\(indent)\(extraKey): x\n" }
        return out
    }

    static func quoted(_ f: SchemaField) -> String {
        let example = f.example ?? ""
        return "\"" + example.replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func decode(_ kind: Kind, _ frontMatter: String) -> FileResult {
        let folder = kind.isDated ? "\(kind.folder)/2014" : kind.folder
        let text = "---\n" + frontMatter + "---\nТекст.\n"
        return DocumentFile.load(path: "content/\(folder)/zapis.md", kind: kind, folder: folder, fileName: "zapis",
                                 bytes: Array(text.utf8), auditing: true)
    }

    static func errors(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.filter { $0.severity == .error }.map(\.description)
    }

    @Test(arguments: Kind.allCases)
    func aRecordWithEveryFieldOfTheSchemaDecodesAndReadsThemAll(kind: Kind) throws {
        let result = Self.decode(kind, Self.yaml(Schema.fields(of: kind)))
        #expect(Self.errors(result.diagnostics).isEmpty, "\(kind): \(Self.errors(result.diagnostics))")
        #expect(result.document != nil)
        #expect(result.schemaGaps.isEmpty, "\(kind): \(result.schemaGaps)")
    }

    @Test(arguments: Kind.allCases)
    func aKeyTheSchemaLacksIsAnErrorInEveryMapping(kind: Kind) {
        let fields = Schema.fields(of: kind)
        for place in ["front matter"] + JSONSchema.usedGroups(fields).map(\.rawValue) {
            let result = Self.decode(kind, Self.yaml(fields, extraIn: place))
            let errors = Self.errors(result.diagnostics)
            #expect(!errors.isEmpty && errors.allSatisfy { $0.contains("unknown field '\(Self.extraKey)'") },
                    "\(kind), \(place): \(errors)")
        }
    }

    @Test func siteYmlWithEveryFieldDecodesAndReadsThemAll() {
        let sink = DiagnosticSink()
        sink.auditing = true
        let (_, diagnostics) = SiteFile.load(path: "content/site.yml", bytes: Array(Self.yaml(Schema.site).utf8), sink: sink)
        #expect(Self.errors(diagnostics).isEmpty, "\(Self.errors(diagnostics))")
        #expect(sink.schemaGaps.isEmpty, "\(sink.schemaGaps)")
        for place in ["front matter"] + JSONSchema.usedGroups(Schema.site).map(\.rawValue) {
            let (_, d) = SiteFile.load(path: "content/site.yml", bytes: Array(Self.yaml(Schema.site, extraIn: place).utf8))
            let errors = Self.errors(d)
            #expect(!errors.isEmpty && errors.allSatisfy { $0.contains("unknown field '\(Self.extraKey)'") }, "site.yml, \(place): \(errors)")
        }
    }

    /// Choices come from the model's enums, not written twice.
    @Test func choicesAreTheModelsEnums() {
        let decision = GroupName.decision.fields.first { $0.name == "status" }
        #expect(decision?.type == .choice(DecisionStatus.allCases.map(\.rawValue)))
        let step = GroupName.timelineStep.fields.first { $0.name == "status" }
        #expect(step?.type == .choice(ClosureStatus.stepStatuses.map(\.rawValue)))
    }
}
