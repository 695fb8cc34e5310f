/// Bulgarian personal identification numbers: ЕГН (citizens) and ЛНЧ (foreigners).
/// Used as a privacy guard: content must never publish one.
public enum PersonalNumberKind: String, Sendable {
    case egn = "ЕГН"
    case lnch = "ЛНЧ"
}

public struct PersonalNumberMatch: Sendable, Hashable {
    public var kind: PersonalNumberKind
    public var value: String
    /// 0-based line within the scanned text and 1-based column in Unicode scalars.
    public var line: Int
    public var column: Int

    public init(kind: PersonalNumberKind, value: String, line: Int, column: Int) {
        self.kind = kind
        self.value = value
        self.line = line
        self.column = column
    }
}

public enum PersonalNumber {
    /// ЕГН: 10 digits; YYMMDD is a real date where month 1–12 means 1900s, 21–32 means 1800s (month-20), 41–52 means 2000s (month-40);
    /// checksum: weights 2,4,8,5,10,9,7,3,6 over the first 9 digits, sum mod 11, 10 → 0, must equal the 10th digit.
    public static func isValidEGN(_ s: String) -> Bool {
        withTenDigits(s) { egn($0, 0) }
    }

    /// ЛНЧ: 10 digits; weights 21,19,17,13,11,9,7,3,1 over the first 9 digits, sum mod 10 == 10th digit.
    public static func isValidLNCH(_ s: String) -> Bool {
        withTenDigits(s) { lnch($0, 0) }
    }

    /// Every run of exactly 10 ASCII digits (not part of a longer digit run) that is a valid ЕГН (reported as .egn)
    /// or otherwise a valid ЛНЧ (.lnch), in order. Scans bytes fast; text may be large (MBs).
    ///
    /// Lines are separated by "\n" only (a "\r" before it counts as a column of its line).
    public static func find(in text: String) -> [PersonalNumberMatch] {
        if let r = text.utf8.withContiguousStorageIfAvailable({ scan($0) }) { return r }
        return Array(text.utf8).withUnsafeBufferPointer { scan($0) }
    }

    // MARK: - Internals

    private static let egnWeights = [2, 4, 8, 5, 10, 9, 7, 3, 6]
    private static let lnchWeights = [21, 19, 17, 13, 11, 9, 7, 3, 1]

    @inline(__always)
    private static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }

    private static func withTenDigits(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        let bytes = Array(s.utf8)
        guard bytes.count == 10, bytes.allSatisfy(isDigit) else { return false }
        return bytes.withUnsafeBufferPointer(body)
    }

    /// `p[at..<at+10]` must be ASCII digits.
    private static func egn(_ p: UnsafeBufferPointer<UInt8>, _ at: Int) -> Bool {
        @inline(__always) func d(_ k: Int) -> Int { Int(p[at + k] &- 0x30) }
        let yy = d(0) * 10 + d(1)
        var mm = d(2) * 10 + d(3)
        let dd = d(4) * 10 + d(5)
        let year: Int
        switch mm {
        case 1...12: year = 1900 + yy
        case 21...32: year = 1800 + yy; mm -= 20
        case 41...52: year = 2000 + yy; mm -= 40
        default: return false
        }
        guard Day(year: year, month: mm, day: dd) != nil else { return false }
        var sum = 0
        for k in 0..<9 { sum += d(k) * egnWeights[k] }
        let check = sum % 11
        return (check == 10 ? 0 : check) == d(9)
    }

    /// `p[at..<at+10]` must be ASCII digits.
    private static func lnch(_ p: UnsafeBufferPointer<UInt8>, _ at: Int) -> Bool {
        var sum = 0
        for k in 0..<9 { sum += Int(p[at + k] &- 0x30) * lnchWeights[k] }
        return sum % 10 == Int(p[at + 9] &- 0x30)
    }

    private static func scan(_ p: UnsafeBufferPointer<UInt8>) -> [PersonalNumberMatch] {
        var out: [PersonalNumberMatch] = []
        var line = 0
        var column = 1          // column of the scalar starting at byte i
        var i = 0
        let n = p.count
        while i < n {
            let b = p[i]
            if isDigit(b) {
                var j = i + 1
                while j < n, isDigit(p[j]) { j += 1 }
                if j - i == 10 {
                    let kind: PersonalNumberKind? = egn(p, i) ? .egn : (lnch(p, i) ? .lnch : nil)
                    if let kind {
                        let value = String(decoding: UnsafeBufferPointer(rebasing: p[i..<j]), as: UTF8.self)
                        out.append(PersonalNumberMatch(kind: kind, value: value, line: line, column: column))
                    }
                }
                column += j - i
                i = j
                continue
            }
            if b == 0x0A {
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        return out
    }
}
