public import ErqiModel

/// Reads `uncertain KEY DIST …` and applies `uncertain` / `certain` to a scenario.
///
/// Forms (numbers take the key's units, like `assume` and `set`):
/// - `uniform LOW HIGH`, `triangular LOW [MODE] HIGH`, `normal SD` or `normal MEAN SD`,
///   `discrete V1 V2 … [weights W1 W2 …]`;
/// - or named: `low X`, `high X`, `mode X`, `mean X`, `sd X` in any order
///   (`normal sd 10% low 0`);
/// - a trailing `relative` reads every number as a fraction of the central value and saves the
///   distribution relative, so that it follows the central value.
/// On a key that is not itself a fraction, `N%` is N % of the central value (sd 10% is a tenth
/// of it; low -20% is 20 % below it), converted at the current central value.
public enum UncertaintyEditor {
    /// The words that name a distribution's fields.
    public static let fieldWords = ["low", "high", "mode", "mean", "sd", "weights", "relative"]

    /// Sets `key`'s uncertainty from the command's words after the key.
    public static func uncertain(_ scenario: inout Scenario, key: String, words: [String], baseline: Baseline) throws(EditError) {
        let u = try parse(key: key, words: words, baseline: baseline, scenario: scenario)
        var edited = scenario
        edited.uncertainty[key] = .uncertain(u)
        if case .failure(let issue) = UncertainInputs.check(key: key, uncertainty: u, baseline: baseline, scenario: edited) {
            throw EditError(issue.description)
        }
        scenario = edited
    }

    /// Makes `key` certain: a `null` entry when the baseline gives it an uncertainty, else the
    /// scenario's entry is dropped.
    public static func certain(_ scenario: inout Scenario, key: String, baseline: Baseline) throws(EditError) {
        let fromBaseline = baseline.parameter(key)?.uncertainty != nil
        let current = scenario.uncertainty[key]
        guard current?.uncertainty != nil || (fromBaseline && current == nil) else {
            let uncertain = UncertainInputs.resolve(baseline: baseline, scenario: scenario).inputs.map(\.key)
            throw EditError("\(key) is already certain\(Suggestions.hint(key, uncertain))")
        }
        if fromBaseline { scenario.uncertainty[key] = .certain } else { scenario.uncertainty.removeValue(forKey: key) }
    }

    /// The uncertainty the words describe, before it is checked against the key's range.
    public static func parse(key: String, words: [String], baseline: Baseline, scenario: Scenario) throws(EditError) -> Uncertainty {
        let found: UncertainKey
        switch UncertainInputs.target(key, baseline: baseline, scenario: scenario) {
        case .success(let t): found = t
        case .failure(let problem): throw EditError("\(key): \(problem.message)")
        }
        let kinds = DistributionKind.allCases.map(\.id)
        guard let first = words.first else {
            throw EditError("usage: uncertain KEY \(kinds.joined(separator: "|")) …; e.g. uncertain growth.industry triangular 0.07 0.09 0.11")
        }
        guard let kind = DistributionKind(rawValue: first) else {
            throw EditError("expected a distribution (\(kinds.joined(separator: ", "))), got '\(first)'\(Suggestions.hint(first, kinds))")
        }
        var rest = Array(words.dropFirst())
        let relative = rest.last == "relative"
        if relative { rest.removeLast() }
        let reader = NumberReader(key: key, central: found.central, relative: relative, unit: unit(of: key, baseline: baseline, scenario: scenario))

        if kind == .discrete {
            let split = rest.firstIndex(of: "weights")
            let valueWords = split.map { Array(rest[..<$0]) } ?? rest
            guard !valueWords.isEmpty else { throw EditError("usage: uncertain KEY discrete V1 V2 … [weights W1 W2 …]") }
            var values: [Double] = []
            for w in valueWords { values.append(try reader.value(w, role: "values")) }
            var weights: [Double]?
            if let split {
                var ws: [Double] = []
                for w in rest[(split + 1)...] {
                    guard let x = Double(w) else { throw EditError("weights: expected a number, got '\(w)'") }
                    ws.append(x)
                }
                weights = ws
            }
            if relative { throw EditError("relative: discrete values are absolute; leave out 'relative'") }
            return Uncertainty(.discrete(values: values, weights: weights))
        }

        var named: [String: Double] = [:]
        if let w = rest.first, fieldWords.contains(w) {
            guard rest.count % 2 == 0 else { throw EditError("expected NAME VALUE pairs (\(kind.fieldNames.joined(separator: ", "))), got '\(rest.joined(separator: " "))'") }
            for i in stride(from: 0, to: rest.count, by: 2) {
                let name = rest[i]
                guard kind.fieldNames.contains(name) else {
                    throw EditError("\(kind.id) takes \(kind.fieldNames.joined(separator: ", ")), not '\(name)'\(Suggestions.hint(name, kind.fieldNames))")
                }
                guard named[name] == nil else { throw EditError("\(name) is given twice") }
                named[name] = try reader.value(rest[i + 1], role: name)
            }
        } else {
            let order: [String]
            switch (kind, rest.count) {
            case (.uniform, 2): order = ["low", "high"]
            case (.triangular, 2): order = ["low", "high"]
            case (.triangular, 3): order = ["low", "mode", "high"]
            case (.normal, 1): order = ["sd"]
            case (.normal, 2): order = ["mean", "sd"]
            default:
                let forms = ["uniform": "uniform LOW HIGH", "triangular": "triangular LOW [MODE] HIGH", "normal": "normal [MEAN] SD (or sd X low Y …)"]
                throw EditError("usage: uncertain KEY \(forms[kind.id] ?? kind.id) [relative]")
            }
            for (name, word) in zip(order, rest) { named[name] = try reader.value(word, role: name) }
        }
        func need(_ name: String) throws(EditError) -> Double {
            guard let v = named[name] else { throw EditError("\(kind.id) needs \(name)") }
            return v
        }
        let d: Distribution
        switch kind {
        case .uniform: d = .uniform(low: try need("low"), high: try need("high"))
        case .triangular: d = .triangular(low: try need("low"), mode: named["mode"], high: try need("high"))
        case .normal: d = .normal(mean: named["mean"], sd: try need("sd"), low: named["low"], high: named["high"])
        case .discrete: fatalError("handled above")
        }
        return Uncertainty(d, relative: relative)
    }

    /// The unit numbers for `key` are read in: the parameter's, or the measure field's.
    static func unit(of key: String, baseline: Baseline, scenario: Scenario) -> String {
        if let p = baseline.parameter(key) { return p.unit == "fraction" || p.unit == "1" ? "fraction" : p.unit }
        guard let dot = key.firstIndex(of: "."), let m = scenario.measureIndex(String(key[..<dot])) else { return "" }
        let field = String(key[key.index(after: dot)...])
        if field == CommonField.startMonth { return "month" }
        return scenario.measures[m].lever.spec.field(field)?.unit ?? ""
    }

    /// Reads one number of the command.
    struct NumberReader {
        let key: String
        let central: Double
        let relative: Bool
        let unit: String

        func value(_ word: String, role: String) throws(EditError) -> Double {
            let field = "\(key) \(role)"
            if relative {
                if word.hasSuffix("%"), let p = Double(word.dropLast()) { return p / 100 }
                guard let x = Double(word) else { throw EditError("\(field): expected a fraction of the central value (0.1 or 10%), got '\(word)'") }
                return x
            }
            if unit == "month" { return try ValueParser.month(word, field: field) }
            if unit != "fraction", word.hasSuffix("%"), let p = Double(word.dropLast()) {
                // A percentage of the central value.
                let size = abs(central) * p / 100
                return role == "sd" ? size : central + size
            }
            return try ValueParser.number(word, unit: unit, field: field)
        }
    }
}
