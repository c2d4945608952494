public import ErqiModel

/// Writes and reads the barometer (`erqi barometer --format json`, `erqi-barometer` version 1,
/// docs/FORMATS.md): each goal's figures, band and grade, and its chance of being met when a
/// Monte Carlo run was made.
public enum BarometerCodec {
    /// The `format` value.
    public static let format = "erqi-barometer"

    /// The barometer as a JSON object; `probability`, `probability_ci95` and `monte_carlo` are
    /// null when no Monte Carlo run was made.
    public static func encode(_ b: Barometer) -> JSONValue {
        func chance(_ c: Barometer.Chance?) -> (JSONValue, JSONValue) {
            guard let c else { return (.null, .null) }
            return (.number(c.probability), .array([.number(c.ci95Low), .number(c.ci95High)]))
        }
        let goals: [JSONValue] = b.entries.map { e in
            let g = e.goal
            let (p, ci) = chance(e.chance)
            return .object([
                ("id", .string(g.id)), ("label", .string(g.label)), ("direction", .string(ResultCodec.direction(g.direction))),
                ("value", .number(g.value)), ("limit", .number(g.limit)), ("margin", .number(g.margin)), ("met", .bool(g.met)),
                ("band", .number(e.band)), ("grade", .string(e.grade.rawValue)), ("unit", .string(g.unit)),
                ("monthly_saving_needed_tce", e.monthlySavingNeededTce.map(JSONValue.number) ?? .null),
                ("probability", p), ("probability_ci95", ci),
            ])
        }
        var monteCarlo = JSONValue.null
        if let m = b.monteCarlo {
            let (p, ci) = chance(m.allDistrictGoals)
            monteCarlo = .object([
                ("draws", .number(Double(m.draws))), ("valid", .number(Double(m.valid))), ("seed", .number(Double(m.seed))),
                ("partial", .bool(m.partial)), ("district_probability", p), ("district_probability_ci95", ci),
            ])
        }
        return .object([
            ("format", .string(format)), ("version", .number(1)), ("scenario", .string(b.scenario)),
            ("through_month", b.throughMonth.map { .number(Double($0)) } ?? .null),
            ("monte_carlo", monteCarlo), ("goals", .array(goals)),
        ])
    }

    /// Canonical text (sorted keys, two-space indent, final newline).
    public static func text(_ b: Barometer) -> String { JSONWriter.canonical(encode(b)) }

    /// Reads a barometer back; every error names `file` and the JSON path. The grades are taken
    /// as written, not recomputed.
    public static func decode(_ v: JSONValue, file: String) throws(FileErrors) -> Barometer {
        try decode(v, file: file, at: "")
    }

    /// `decode` of an element of an array: every path starts with `at` (`[1].`).
    static func decode(_ v: JSONValue, file: String, at prefix: String) throws(FileErrors) -> Barometer {
        func fail(_ path: String, _ expected: String, _ got: JSONValue?) -> FileErrors {
            FileErrors([FileError(file: file, path: prefix + path,
                                  message: "expected \(expected), got \(got?.shortDescription ?? "nothing")")])
        }
        func string(_ o: JSONValue, _ k: String, _ path: String) throws(FileErrors) -> String {
            guard let s = o[k]?.stringValue else { throw fail(path, "a string", o[k]) }
            return s
        }
        func number(_ o: JSONValue, _ k: String, _ path: String) throws(FileErrors) -> Double {
            guard let x = o[k]?.numberValue else { throw fail(path, "a number", o[k]) }
            return x
        }
        func optionalNumber(_ o: JSONValue, _ k: String, _ path: String) throws(FileErrors) -> Double? {
            if o[k] == .null { return nil }
            return try number(o, k, path)
        }
        func count(_ o: JSONValue, _ k: String, _ path: String) throws(FileErrors) -> Int {
            let x = try number(o, k, path)
            guard x >= 0, x == x.rounded(), x < 1e15 else { throw fail(path, "a whole number ≥ 0", o[k]) }
            return Int(x)
        }
        func bool(_ o: JSONValue, _ k: String, _ path: String) throws(FileErrors) -> Bool {
            guard case .bool(let b)? = o[k] else { throw fail(path, "true or false", o[k]) }
            return b
        }
        /// A probability and its interval: both null, or a number in 0…1 and [low, high].
        func chance(_ o: JSONValue, _ pk: String, _ ck: String, _ path: String) throws(FileErrors) -> Barometer.Chance? {
            if o[pk] == .null && o[ck] == .null { return nil }
            let p = try number(o, pk, path + pk)
            guard (0...1).contains(p) else { throw fail(path + pk, "a probability from 0 to 1", o[pk]) }
            guard case .array(let ci)? = o[ck], ci.count == 2, let lo = ci[0].numberValue, let hi = ci[1].numberValue,
                  0 <= lo, lo <= hi, hi <= 1 else {
                throw fail(path + ck, "[low, high] with 0 ≤ low ≤ high ≤ 1", o[ck])
            }
            return Barometer.Chance(probability: p, ci95Low: lo, ci95High: hi)
        }
        guard v["format"]?.stringValue == format, v["version"]?.numberValue == 1 else {
            throw fail("format", "\"\(format)\" version 1", v["format"])
        }
        var throughMonth: Int?
        if v["through_month"] != .null {
            let k = try count(v, "through_month", "through_month")
            guard (1...11).contains(k) else { throw fail("through_month", "a month from 1 to 11, or null", v["through_month"]) }
            throughMonth = k
        }
        var monteCarlo: Barometer.MonteCarloSummary?
        if let m = v["monte_carlo"], m != .null {
            guard m.objectMembers != nil else { throw fail("monte_carlo", "an object or null", m) }
            let seed = try number(m, "seed", "monte_carlo.seed")
            guard seed >= 0, seed == seed.rounded(), seed < 18_446_744_073_709_551_616 else {
                throw fail("monte_carlo.seed", "a whole number ≥ 0", m["seed"])
            }
            monteCarlo = Barometer.MonteCarloSummary(
                draws: try count(m, "draws", "monte_carlo.draws"), valid: try count(m, "valid", "monte_carlo.valid"),
                seed: UInt64(seed), partial: try bool(m, "partial", "monte_carlo.partial"),
                allDistrictGoals: try chance(m, "district_probability", "district_probability_ci95", "monte_carlo."))
        } else if v["monte_carlo"] == nil {
            throw fail("monte_carlo", "an object or null", nil)
        }
        guard case .array(let items)? = v["goals"] else { throw fail("goals", "an array", v["goals"]) }
        var entries: [Barometer.Entry] = []
        for (i, g) in items.enumerated() {
            let path = "goals[\(i)]."
            let directionText = try string(g, "direction", path + "direction")
            let direction: GoalDirection
            switch directionText {
            case "at_most": direction = .atMost
            case "at_least": direction = .atLeast
            default: throw fail(path + "direction", "\"at_most\" or \"at_least\"", g["direction"])
            }
            let gradeText = try string(g, "grade", path + "grade")
            guard let grade = Grade(rawValue: gradeText) else {
                throw fail(path + "grade", "\"green\", \"yellow\" or \"red\"", g["grade"])
            }
            let band = try number(g, "band", path + "band")
            guard band >= 0 else { throw fail(path + "band", "a number ≥ 0", g["band"]) }
            let goal = GoalResult(id: try string(g, "id", path + "id"), label: try string(g, "label", path + "label"),
                                  direction: direction, value: try number(g, "value", path + "value"),
                                  limit: try number(g, "limit", path + "limit"), margin: try number(g, "margin", path + "margin"),
                                  met: try bool(g, "met", path + "met"), unit: try string(g, "unit", path + "unit"))
            entries.append(Barometer.Entry(
                goal: goal, band: band, grade: grade, chance: try chance(g, "probability", "probability_ci95", path),
                monthlySavingNeededTce: try optionalNumber(g, "monthly_saving_needed_tce", path + "monthly_saving_needed_tce")))
        }
        return Barometer(scenario: try string(v, "scenario", "scenario"), throughMonth: throughMonth, entries: entries,
                         monteCarlo: monteCarlo)
    }

    /// Reads `erqi barometer --format json` output: one object, or an array of them.
    public static func decodeAll(_ text: String, file: String) throws(FileErrors) -> [Barometer] {
        let v = try JSONParser.parse(text, file: file)
        if case .array(let items) = v {
            var out: [Barometer] = []
            for (i, item) in items.enumerated() { out.append(try decode(item, file: file, at: "[\(i)].")) }
            return out
        }
        return [try decode(v, file: file)]
    }
}
