import CYaml
import OKMModel

/// YAML anchors and aliases (`&name`, `*name`) are refused before the front matter is
/// composed. Nobody needs them in a record, an error found through one would be reported at
/// the anchor rather than where the value is used, and a few nested aliases used as a key
/// ("billion laughs") make Yams hash an exponentially large value: a build that never ends.
enum YAMLAnchors {
    struct Found {
        /// 1-based line and column (in characters) within the YAML text.
        var line: Int
        var column: Int
        /// `&name` or `*name`, as written.
        var written: String
    }

    /// The first anchor or alias; nil when there is none before the end or the first syntax error.
    static func first(in yaml: String) -> Found? {
        guard yaml.utf8.contains(UInt8(ascii: "&")) || yaml.utf8.contains(UInt8(ascii: "*")) else { return nil }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(yaml.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer -> Found? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                let anchor: UnsafeMutablePointer<yaml_char_t>?
                switch event.type {
                case YAML_ALIAS_EVENT: anchor = event.data.alias.anchor
                case YAML_SCALAR_EVENT: anchor = event.data.scalar.anchor
                case YAML_SEQUENCE_START_EVENT: anchor = event.data.sequence_start.anchor
                case YAML_MAPPING_START_EVENT: anchor = event.data.mapping_start.anchor
                case YAML_STREAM_END_EVENT: return nil
                default: anchor = nil
                }
                if let anchor {
                    let name = String(cString: UnsafeRawPointer(anchor).assumingMemoryBound(to: CChar.self))
                    return Found(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1,
                                 written: (event.type == YAML_ALIAS_EVENT ? "*" : "&") + name)
                }
            }
            return nil
        }
    }

    static func diagnostic(in yaml: String, place: YAMLPlace) -> Diagnostic? {
        guard let found = first(in: yaml) else { return nil }
        return .error(1044, SourceLocation(path: place.path, line: found.line + place.lineOffset, column: found.column),
                      variant: found.written.hasPrefix("*") ? "alias" : "anchor",
                      ["written": "\(found.written)", "name": "\(found.written.dropFirst())"])
    }
}
