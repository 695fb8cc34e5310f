/// The language okm speaks to its user in (its messages, not the site's): Bulgarian or
/// English. `--messages bg|en` forces it; otherwise the locale variables decide as Unix
/// tools read them: the first non-empty of LC_ALL, LC_MESSAGES, LANG; a value starting
/// with `bg` is Bulgarian, anything else (`C`, `POSIX`, `en_US.UTF-8`, …) and none at all
/// is English. Diagnostic codes are the same in both.
public enum MessageLanguage: String, Sendable, CaseIterable {
    case bg, en

    public static func fromEnvironment(_ environment: [String: String]) -> MessageLanguage {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("bg") ? .bg : .en
            }
        }
        return .en
    }

    /// `--messages`' value when given (bg or en), else the environment's language; nil for
    /// a value that is neither.
    public static func choose(_ option: String?, environment: [String: String]) -> MessageLanguage? {
        guard let option else { return fromEnvironment(environment) }
        return MessageLanguage(rawValue: option.lowercased())
    }
}
