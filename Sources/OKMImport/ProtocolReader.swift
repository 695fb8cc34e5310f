import Foundation
import OKMModel

/// Reads a protocol of a coordination mechanism by the conventions Bulgarian administrations
/// write them in: "ПРОТОКОЛ № 2/25.11.2014 г.", "Днес, 25.11.2014 г., от 10.00 ч. в …",
/// the "ОДОБРЯВАМ:" block, "водено от" / "под председателството на", the attendance paragraph,
/// "дневен ред" with numbered items and "Докладва:" / "Докладват:", "По т. N" sections,
/// decisions ("РЕШЕНИЕ", "РЕШИ:", "Решения:", numbered), "Изготвил:", "Председател:".
/// It never guesses: what it does not find is left out, and every value keeps the paragraph it
/// came from. Names stay text here; `Importer` matches them against the site's records.
public struct ProtocolReader {
    /// A value and where it was read.
    public struct Read<Value: Sendable & Hashable>: Sendable, Hashable {
        public var value: Value
        public var line: Int
        public var quote: String
    }

    /// A person or a group as the document writes them: "г-жа Мариела Личева – директор на …".
    public struct Named: Sendable, Hashable {
        public var name: String
        /// The honorific written before the name (г-н, г-жа, д-р, проф.).
        public var honorific: String?
        /// What follows the dash: the post at the time.
        public var post: String?
        /// True for a group ("членовете на ОКМ"), which is no person's name.
        public var isGroup: Bool
    }

    public struct AgendaItem: Sendable, Hashable {
        public var number: Int
        public var title: Read<String>
        public var reporters: Read<[Named]>?
    }

    public struct Decision: Sendable, Hashable {
        public var text: Read<String>
        public var agendaItem: Int?
    }

    public var number: Read<String>?
    public var date: Read<Day>?
    public var time: Read<String>?
    public var place: Read<String>?
    public var approver: Read<Named>?
    /// The day of the approval, when the ОДОБРЯВАМ block gives one ("Дата: 18.02.2016 г." or a date line).
    public var approvedOn: Read<Day>?
    public var chair: Read<Named>?
    public var attendance: Read<String>?
    public var agenda: [AgendaItem] = []
    public var decisions: [Decision] = []
    public var preparedBy: Read<Named>?
    /// The discussion, as Markdown: each "По т. N" paragraph under a heading `## По т. N`.
    public var body: String = ""
    /// Paragraphs that looked like part of the protocol's structure but could not be read.
    public var unread: [Read<String>] = []

    /// True when the text is a protocol: a "ПРОТОКОЛ" heading and a "дневен ред" or a number/date line.
    public var isProtocol: Bool { heading && (number != nil || !agenda.isEmpty) }
    private var heading = false

    public init(_ text: DocumentText) {
        let paragraphs = text.paragraphs
        var k = 0
        var section = 0          // 0 before the agenda, 1 in the agenda, 2 after it
        var currentItem: Int?    // the "По т. N" section being read
        var inDecisions = false
        var body: [String] = []
        while k < paragraphs.count {
            let p = paragraphs[k]
            let t = p.text
            let upper = t.uppercased()
            defer { k += 1 }
            if section == 0 && (upper.hasPrefix("ОДОБРЯВАМ") || upper.hasPrefix("УТВЪРЖДАВАМ")) {
                // The approver's name and post follow, each on its own line (or after the colon).
                var rest = t.split(separator: ":", maxSplits: 1).dropFirst().first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
                var line = p.line
                if rest.isEmpty, k + 1 < paragraphs.count { k += 1; rest = paragraphs[k].text; line = paragraphs[k].line }
                var post: String?
                if k + 1 < paragraphs.count, !Self.startsStructure(paragraphs[k + 1].text), Self.dateLine(paragraphs[k + 1].text) == nil {
                    post = paragraphs[k + 1].text
                    k += 1
                }
                // The approval's day, under the approver: "Дата: 18.02.2016 г." or the date alone.
                if !rest.isEmpty, k + 1 < paragraphs.count, let day = Self.dateLine(paragraphs[k + 1].text) {
                    approvedOn = Read(value: day, line: paragraphs[k + 1].line, quote: paragraphs[k + 1].text)
                    k += 1
                }
                if !rest.isEmpty {
                    var named = Self.person(rest)
                    if named.post == nil { named.post = post }
                    approver = Read(value: named, line: line, quote: rest + (post.map { " / " + $0 } ?? ""))
                }
                continue
            }
            if section == 0 && upper.hasPrefix("ПРОТОКОЛ") { heading = true }
            if section == 0, number == nil, let (n, day) = Self.numberAndDate(t) {
                number = Read(value: n, line: p.line, quote: t)
                if let day, date == nil { date = Read(value: day, line: p.line, quote: t) }
                continue
            }
            if section == 0, t.hasPrefix("Днес") {
                if let day = Self.firstDate(t) { date = Read(value: day, line: p.line, quote: t) }
                if let hour = Self.time(t) { time = Read(value: hour, line: p.line, quote: t) }
                if let where_ = Self.place(t) { place = Read(value: where_, line: p.line, quote: t) }
                continue
            }
            if section == 0, chair == nil, let named = Self.chair(t) {
                chair = Read(value: named, line: p.line, quote: t)
                // The attendance may follow in the same paragraph ("… Участие взеха …").
                if let range = t.range(of: "Участие взеха") ?? t.range(of: "Присъстваха") {
                    attendance = Read(value: String(t[range.lowerBound...]), line: p.line, quote: t)
                }
                continue
            }
            if section == 0, attendance == nil, t.hasPrefix("Участие взеха") || t.hasPrefix("Присъстваха") || t.hasPrefix("Присъстващи") {
                attendance = Read(value: t, line: p.line, quote: t)
                continue
            }
            if section == 0, t.lowercased().contains("дневен ред") {
                section = 1
                continue
            }
            if section == 1 {
                if let (n, title) = Self.listItem(t), !t.hasPrefix("По ") {
                    agenda.append(AgendaItem(number: n, title: Read(value: Self.trimmedTitle(title), line: p.line, quote: t)))
                    continue
                }
                if let reporters = Self.reporters(t), !agenda.isEmpty {
                    agenda[agenda.count - 1].reporters = Read(value: reporters, line: p.line, quote: t)
                    continue
                }
                section = 2
            }
            // After the agenda: the discussion, decisions and signatures.
            if let item = Self.discussionItem(t) {
                currentItem = item
                inDecisions = false
                body.append("## По т. \(item)")
                body.append(t)
                continue
            }
            if Self.isDecisionsHeading(t) {
                inDecisions = true
                body.append(t)
                continue
            }
            if inDecisions, let (_, text) = Self.listItem(t) {
                decisions.append(Decision(text: Read(value: text, line: p.line, quote: t), agendaItem: currentItem))
                body.append(t)
                continue
            }
            // A signature line: the name after the colon, or on the line after ("Председател:" / "Станимир Станчев").
            func signed(_ words: [String]) -> Read<Named>? {
                for word in words {
                    if let named = Self.signature(t, word) { return Read(value: named, line: p.line, quote: t) }
                    if Self.isBareLabel(t, word), k + 1 < paragraphs.count, let named = Self.signature(word + ": " + paragraphs[k + 1].text, word) {
                        k += 1
                        return Read(value: named, line: paragraphs[k].line, quote: t + " " + paragraphs[k].text)
                    }
                }
                return nil
            }
            if let named = signed(["Изготвил", "Изготвила"]) {
                preparedBy = named
                continue
            }
            if let named = signed(["Председател"]) {
                // Never over the chair the body names ("водено от", "под председателството на").
                if chair == nil { chair = named }
                continue
            }
            if section == 0 {
                if !t.uppercased().hasPrefix("ПРОТОКОЛ") && !t.lowercased().hasPrefix("от заседание") {
                    unread.append(Read(value: t, line: p.line, quote: t))
                }
                continue
            }
            inDecisions = inDecisions && Self.listItem(t) != nil
            body.append(t)
        }
        self.body = body.joined(separator: "\n\n")
    }

    // MARK: - The conventions

    static let honorifics = ["г-н", "г-жа", "г-ца", "д-р", "проф.", "доц.", "инж."]

    /// "1. Информация …", "1) …", "т. 1 …": the number and the rest.
    static func listItem(_ t: String) -> (Int, String)? {
        var s = Substring(t)
        let point = s.hasPrefix("т.")
        if point { s = s.dropFirst(2).drop(while: { $0 == " " }) }
        let digits = s.prefix(while: \.isNumber)
        guard !digits.isEmpty, digits.count <= 3, let n = Int(digits) else { return nil }
        s = s.dropFirst(digits.count)
        // "1." or "1)"; after "т." the number stands alone ("т. 3 Отчет").
        if let mark = s.first, mark == "." || mark == ")" { s = s.dropFirst() } else if !point { return nil }
        guard s.first == " " else { return nil }
        let rest = s.trimmingCharacters(in: .whitespaces)
        return rest.isEmpty ? nil : (n, rest)
    }

    static func isListItem(_ line: String) -> Bool { listItem(line) != nil }

    static func trimmedTitle(_ s: String) -> String {
        var t = s.trimmingCharacters(in: .whitespaces)
        while let last = t.last, last == ";" || last == "." || last == "," { t.removeLast() }
        return t
    }

    /// "№ 2/25.11.2014 г." or "ПРОТОКОЛ № 2 от 25.11.2014 г.": the number, and the date when written with it.
    static func numberAndDate(_ t: String) -> (String, Day?)? {
        guard let sign = t.firstIndex(of: "№") else { return nil }
        let after = t[t.index(after: sign)...].drop(while: { $0 == " " })
        let number = after.prefix(while: { $0.isNumber })
        guard !number.isEmpty else { return nil }
        let rest = after.dropFirst(number.count)
        return (String(number), firstDate(String(rest)))
    }

    /// The first date written DD.MM.YYYY (with or without " г."), if it is a real day.
    static func firstDate(_ t: String) -> Day? {
        guard let re = try? NSRegularExpression(pattern: "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})") else { return nil }
        let ns = t as NSString
        guard let m = re.firstMatch(in: t, range: NSRange(location: 0, length: ns.length)) else { return nil }
        let d = Int(ns.substring(with: m.range(at: 1)))!, mo = Int(ns.substring(with: m.range(at: 2)))!, y = Int(ns.substring(with: m.range(at: 3)))!
        return Day(year: y, month: mo, day: d)
    }

    /// "от 10.00 ч." / "от 10:00 часа" → "10:00".
    static func time(_ t: String) -> String? {
        guard let re = try? NSRegularExpression(pattern: "от\\s+(\\d{1,2})[.:](\\d{2})\\s*(ч\\.|час)") else { return nil }
        let ns = t as NSString
        guard let m = re.firstMatch(in: t, range: NSRange(location: 0, length: ns.length)) else { return nil }
        let h = Int(ns.substring(with: m.range(at: 1)))!, mi = Int(ns.substring(with: m.range(at: 2)))!
        guard h < 24, mi < 60 else { return nil }
        return String(format: "%02d:%02d", h, mi)
    }

    /// "… ч. в Зала 1 на Областна администрация - Русе се проведе …" → the place.
    static func place(_ t: String) -> String? {
        for marker in [" ч. в ", " часа в ", " ч. във ", " часа във "] {
            guard let start = t.range(of: marker) else { continue }
            let rest = t[start.upperBound...]
            let end = rest.range(of: " се проведе")?.lowerBound ?? rest.range(of: " се състоя")?.lowerBound
                ?? rest.firstIndex(of: ",") ?? rest.endIndex
            let place = rest[..<end].trimmingCharacters(in: .whitespaces)
            return place.isEmpty ? nil : place
        }
        return nil
    }

    /// "Събитието бе водено от г-н Станимир Станчев – заместник …" / "под председателството на …".
    static func chair(_ t: String) -> Named? {
        for marker in ["под председателството на ", "водено от ", "водено от ", "председателствано от "] {
            guard let start = t.range(of: marker) else { continue }
            var rest = String(t[start.upperBound...])
            if let stop = rest.range(of: ". ") { rest = String(rest[..<stop.lowerBound]) }
            while rest.last == "." { rest.removeLast() }     // the sentence's end, at the paragraph's end
            let named = person(rest)
            return named.isGroup ? nil : named
        }
        return nil
    }

    /// "Докладва: г-жа Мариела Личева – директор …", "Докладват: г-жа А и г-жа Б – …", "Докладват: членовете на …".
    static func reporters(_ t: String) -> [Named]? {
        for marker in ["Докладва:", "Докладват:", "Докладчик:", "Докладчици:"] where t.hasPrefix(marker) {
            var rest = t.dropFirst(marker.count).trimmingCharacters(in: .whitespaces)
            while rest.last == "." { rest.removeLast() }
            // A post after the last dash belongs to every name before it ("А и Б – областни координатори").
            var post: String?
            if let dash = rest.range(of: " – ") ?? rest.range(of: " - ") {
                post = String(rest[dash.upperBound...]).trimmingCharacters(in: .whitespaces)
                rest = String(rest[..<dash.lowerBound])
            }
            let parts = rest.components(separatedBy: " и ").flatMap { $0.components(separatedBy: ", ") }
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            var named = parts.map { person($0) }
            if let post { for k in named.indices where named[k].post == nil { named[k].post = post } }
            if named.contains(where: \.isGroup) {
                // A group: kept whole, as written.
                return [Named(name: t.dropFirst(marker.count).trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: ".")),
                              honorific: nil, post: nil, isGroup: true)]
            }
            return named
        }
        return nil
    }

    /// A name as written, its honorific and its post: "г-н Станимир Станчев – заместник областен управител".
    static func person(_ text: String) -> Named {
        var s = text.trimmingCharacters(in: .whitespaces)
        var post: String?
        if let dash = s.range(of: " – ") ?? s.range(of: " - ") ?? s.range(of: ", ") {
            post = String(s[dash.upperBound...]).trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ".")))
            s = String(s[..<dash.lowerBound])
        }
        var honorific: String?
        for h in honorifics where s.lowercased().hasPrefix(h + " ") {
            honorific = h
            s = String(s.dropFirst(h.count)).trimmingCharacters(in: .whitespaces)
        }
        let words = s.split(separator: " ")
        // A name is two to four words that start with a capital letter; anything else is a group.
        let isName = (2...4).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true }
        return Named(name: s, honorific: honorific, post: post?.isEmpty == true ? nil : post, isGroup: !isName)
    }

    /// "По т.1 от дневния ред …", "По т. 2", "По точка 3": the item's number.
    static func discussionItem(_ t: String) -> Int? {
        for marker in ["По т.", "По точка", "Точка"] where t.hasPrefix(marker) {
            let rest = t.dropFirst(marker.count).drop(while: { $0 == " " })
            let digits = rest.prefix(while: \.isNumber)
            if let n = Int(digits) { return n }
        }
        return nil
    }

    static func isDecisionsHeading(_ t: String) -> Bool {
        let u = t.uppercased().trimmingCharacters(in: .whitespaces)
        return u.hasPrefix("РЕШЕНИЕ") || u.hasPrefix("РЕШЕНИЯ") || u.hasSuffix("РЕШИ:") || u == "РЕШИ" || u.hasPrefix("РЕШИ:")
    }

    /// "Изготвил: Ивелина Димитрова" (the name may follow on the line after, as the caller reads it).
    static func signature(_ t: String, _ word: String) -> Named? {
        guard t.hasPrefix(word) else { return nil }
        let rest = t.dropFirst(word.count).drop(while: { $0 == ":" || $0 == " " || $0 == "." || $0 == "_" })
        guard !rest.isEmpty else { return nil }
        let named = person(String(rest).replacingOccurrences(of: "/", with: " ").trimmingCharacters(in: .whitespaces))
        return named.isGroup ? nil : named
    }

    /// "Председател:" with nothing after it: the name is on the line after.
    static func isBareLabel(_ t: String, _ word: String) -> Bool {
        guard t.hasPrefix(word) else { return false }
        return t.dropFirst(word.count).allSatisfy { $0 == ":" || $0 == " " || $0 == "." || $0 == "_" }
    }

    /// "Дата: 18.02.2016 г." or a date alone ("18.02.2016 г."): the day.
    static func dateLine(_ t: String) -> Day? {
        var s = t.trimmingCharacters(in: .whitespaces)
        if s.hasPrefix("Дата") { s = String(s.dropFirst(4)).trimmingCharacters(in: CharacterSet(charactersIn: ": ").union(.whitespaces)) }
        let rest = s.replacingOccurrences(of: "г.", with: "").trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ".,")))
        guard rest.count <= 10, rest.allSatisfy({ $0.isNumber || $0 == "." }) else { return nil }
        return firstDate(s)
    }

    /// A paragraph that starts a part of the protocol (so it is not the line after a heading).
    static func startsStructure(_ t: String) -> Bool {
        let u = t.uppercased()
        return u.hasPrefix("ПРОТОКОЛ") || t.contains("№") || t.hasPrefix("Днес")
    }
}
