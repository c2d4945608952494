import ErqiModel

/// Reads a typed value into a field's own unit: `15MW`, `15000kW`, `2.2km2`, `2.14万tce` (with
/// or without a space before the unit), `50%`, `21,400` (digits grouped in threes),
/// `start_month sep`, plain numbers, or words for text fields.
public enum ValueParser {
    /// Scale factors from an accepted unit spelling to each canonical unit.
    static let units: [String: [String: Double]] = [
        "MW": ["mw": 1, "kw": 0.001, "kwp": 0.001, "mwp": 1, "gw": 1000, "w": 1e-6],
        "kW": ["kw": 1, "mw": 1000, "w": 0.001],
        "t/h": ["t/h": 1, "tph": 1, "th": 1],
        "h": ["h": 1, "hours": 1, "hour": 1],
        "km2": ["km2": 1, "km²": 1, "m2": 1e-6, "m²": 1e-6, "ha": 0.01],
        "m2": ["m2": 1, "m²": 1, "km2": 1e6, "km²": 1e6, "万m2": 1e4, "万m²": 1e4],
        "tce": ["tce": 1, "ktce": 1000, "万tce": 1e4, "kgce": 0.001],
        "万元": ["万元": 1, "亿元": 1e4, "元": 1e-4],
        "kWh/kWp": ["kwh/kwp": 1, "h": 1],
        "fraction": ["%": 0.01],
        "persons": ["persons": 1, "people": 1, "万人": 1e4, "人": 1],
        "vehicles": ["vehicles": 1, "veh": 1, "辆": 1],
        "h/yr": ["h": 1, "h/yr": 1, "hours": 1],
        "km/yr": ["km": 1, "km/yr": 1],
        "10^4 m3": ["万m3": 1, "m3": 1e-4, "10^4m3": 1],
        "MWh": ["kwh": 0.001, "mwh": 1, "gwh": 1000, "万kwh": 10],
        "t": ["t": 1, "kt": 1000, "万t": 1e4, "kg": 0.001],
        "GJ": ["gj": 1, "tj": 1000, "mj": 0.001],
    ]

    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// A number in `unit` from text such as `15MW` or `50%`; errors name the expected unit.
    public static func number(_ text: String, unit: String, field: String) throws(EditError) -> Double {
        let trimmed = text.trimmingSpaces
        let (numberPart, unitPart) = split(trimmed)
        guard let value = plainNumber(numberPart), value.isFinite else {
            throw EditError("\(field): expected a number in \(unit)\(examples(unit)), got '\(text)'")
        }
        if unitPart.isEmpty { return value }
        let table = units[unit] ?? [:]
        let key = unitPart.lowercased()
        if unitPart == unit || key == unit.lowercased() { return value }
        if let scale = table[key] ?? table[unitPart] { return value * scale }
        throw EditError("\(field): unit '\(unitPart)' does not fit; expected \(unit)\(examples(unit))")
    }

    /// A month 1…13 from `9`, `sep`, `September`, `never` (13: not in 2015), or the
    /// completion's `09-sep` and `13-never` (number and name must agree).
    public static func month(_ text: String, field: String) throws(EditError) -> Double {
        var t = text.trimmingSpaces.lowercased()
        if let dash = t.firstIndex(of: "-"), dash != t.startIndex, let n = Int(t[..<dash]) {
            // One `NN-name` level only: the name is read without looking for another dash, so
            // `1-1-1-…-jan` costs one pass, not one copy of the text per dash.
            let name = String(t[t.index(after: dash)...])
            guard let named = monthWord(name) else {
                throw EditError("\(field): expected a month 1…13 or a name (jan … dec, never), got '\(text)'")
            }
            guard Double(n) == named else {
                throw EditError("\(field): '\(text)' names two months (\(n) and \(name)); write one, e.g. \(name)")
            }
            t = name
        }
        if let v = monthWord(t) { return v }
        throw EditError("\(field): expected a month 1…13 or a name (jan … dec, never), got '\(text)'")
    }

    /// A lower-cased month without a `NN-` prefix: a number, `never` (13) or a name; nil if none.
    private static func monthWord(_ t: String) -> Double? {
        if let v = Double(t) { return v }
        if t == "never" || t == "none" || t == "2016" { return 13 }
        if t.utf8.count >= 3, let i = months.firstIndex(where: { t.hasPrefix($0) }) { return Double(i + 1) }
        return nil
    }

    /// A number written with optional digit grouping in threes (`21,400`, `1,000,000.5`),
    /// as erqi prints them; nil for anything else (`2,14`, `21,40`).
    public static func plainNumber(_ text: String) -> Double? {
        guard text.contains(",") else { return Double(text) }
        var body = Substring(text)
        if let sign = body.first, sign == "+" || sign == "-" { body = body.dropFirst() }
        let integer = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let groups = integer.split(separator: ",", omittingEmptySubsequences: false)
        guard let head = groups.first, (1...3).contains(head.count),
              groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        return Double(text.filter { $0 != "," })
    }

    static func examples(_ unit: String) -> String {
        guard let table = units[unit], !table.isEmpty else { return "" }
        let spellings = table.keys.sorted().prefix(4).joined(separator: ", ")
        return " (or a number with one of: \(spellings))"
    }

    /// Splits `15.5MW` into `15.5` and `MW`.
    static func split(_ s: String) -> (String, String) {
        // Fast path over the UTF-8 bytes: the number part is ASCII. When it stops before a
        // byte that is not ASCII, that byte may join the last digit into one character (a
        // combining mark, a keycap); then the character-wise reading decides from a little
        // before the end (see below).
        let bytes = s.utf8
        var i = bytes.startIndex
        var seenDigit = false, empty = true
        // Where the last three steps started (a step reads one byte, or `e` and its sign).
        var steps = [(index: String.Index, seenDigit: Bool)](repeating: (bytes.startIndex, false), count: 3)
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        func next(_ j: String.Index) -> UInt8? {
            let k = bytes.index(after: j)
            return k < bytes.endIndex ? bytes[k] : nil
        }
        while i < bytes.endIndex {
            let b = bytes[i]
            let start = (index: i, seenDigit: seenDigit)
            if isDigit(b) || b == 0x2E || ((b == 0x2D || b == 0x2B) && empty) {
                seenDigit = seenDigit || isDigit(b)
            } else if b == 0x2C && seenDigit && next(i).map(isDigit) == true {
            } else if (b == 0x65 || b == 0x45) && seenDigit && next(i).map({ isDigit($0) || $0 == 0x2D || $0 == 0x2B }) == true {
                let k = bytes.index(after: i)
                if bytes[k] == 0x2D || bytes[k] == 0x2B { i = k }
            } else { break }
            steps[2] = steps[1]; steps[1] = steps[0]; steps[0] = start
            empty = false
            i = bytes.index(after: i)
        }
        // Every byte read is ASCII and, but for the last, followed by ASCII: each is a character
        // of its own. The last may start a character that goes on into the bytes that are not
        // (a digit with a combining mark): only then does the character-wise reading differ,
        // and only in its last two steps, whose look-ahead sees that character. It resumes
        // from the latest step that starts two bytes or more before the end of the number.
        if i < bytes.endIndex && bytes[i] >= 0x80 && i > bytes.startIndex,
           let last = s[bytes.index(before: i)...].first, last.utf8.count > 1 {
            let limit = bytes.distance(from: bytes.startIndex, to: i) - 2
            let resume = steps.first { bytes.distance(from: bytes.startIndex, to: $0.index) <= limit }
                ?? (bytes.startIndex, false)
            return splitByCharacter(s, from: resume.index, seenDigit: resume.seenDigit)
        }
        return (String(s[..<i]), String(s[i...]).trimmingSpaces)
    }

    /// `split` read character by character from `start` (where the number read so far ends,
    /// after ASCII characters only, `seenDigit` telling whether it has a digit); from the
    /// start of the text, the reading `split` must agree with.
    static func splitByCharacter(_ s: String, from start: String.Index? = nil, seenDigit seen: Bool = false) -> (String, String) {
        let from = start ?? s.startIndex
        var number = String(s[..<from]), rest = s[from...]
        var seenDigit = seen
        // ASCII digits only: 万 and 亿 count as numerals to Unicode but are units here (2.14万tce).
        func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
        while let c = rest.first {
            if isDigit(c) || c == "." || ((c == "-" || c == "+") && number.isEmpty) {
                number.append(c); rest = rest.dropFirst(); seenDigit = seenDigit || isDigit(c)
            } else if c == "," && seenDigit && rest.dropFirst().first.map(isDigit) == true {
                number.append(c); rest = rest.dropFirst()
            } else if (c == "e" || c == "E") && seenDigit && rest.dropFirst().first.map({ isDigit($0) || $0 == "-" || $0 == "+" }) == true {
                number.append(c); rest = rest.dropFirst()
                if let sign = rest.first, sign == "-" || sign == "+" { number.append(sign); rest = rest.dropFirst() }
            } else { break }
        }
        return (number, String(rest).trimmingSpaces)
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    package var trimmingSpaces: String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\t" { s = s.dropLast() }
        return String(s)
    }
}
