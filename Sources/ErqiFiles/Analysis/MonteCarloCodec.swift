public import ErqiModel

/// Writes and reads a Monte Carlo report (`erqi montecarlo --format json`, `erqi-montecarlo`
/// version 1, docs/ANALYSIS.md §3). Each goal carries its central-case verdict and margin beside
/// its probability (`central_met`, `central_margin`; `null` when not known).
public enum MonteCarloCodec {
    /// The `format` value.
    public static let format = "erqi-montecarlo"

    /// The report as a JSON object.
    public static func encode(_ r: MonteCarloReport) -> JSONValue {
        func number(_ v: Double?) -> JSONValue { v.map(JSONValue.number) ?? .null }
        let goals: [JSONValue] = r.goals.map {
            .object([("id", .string($0.id)), ("probability", .number($0.probability)), ("ci95", .array($0.ci95.map(JSONValue.number))),
                     ("central_met", $0.metInCentralCase.map(JSONValue.bool) ?? .null), ("central_margin", number($0.centralMargin))])
        }
        let outputs: [(key: String, value: JSONValue)] = r.outputs.map { row in
            let s = row.summary
            return (row.key, .object([("mean", .number(s.mean)), ("sd", .number(s.sd)), ("p5", .number(s.p5)),
                                      ("p50", .number(s.p50)), ("p95", .number(s.p95))]))
        }
        let drivers: [JSONValue] = r.drivers.map {
            .object([("input", .string($0.input)), ("rho_intensity_change", number($0.rhoIntensityChange)),
                     ("rho_energy_gap_tce", number($0.rhoEnergyGapTce))])
        }
        let inputs: [JSONValue] = r.inputs.map {
            .object([("input", .string($0.input)), ("dist", UncertaintyCodec.encode($0.uncertainty))])
        }
        return .object([
            ("format", .string(format)), ("version", .number(1)), ("scenario", .string(r.scenario)),
            ("draws", .number(Double(r.draws))), ("valid", .number(Double(r.valid))), ("invalid", .number(Double(r.invalid))),
            ("invalid_reason", r.invalidReason.map(JSONValue.string) ?? .null), ("seed", .number(Double(r.seed))),
            ("partial", .bool(r.partial)), ("goals", .array(goals)), ("outputs", .object(outputs)),
            ("drivers", .array(drivers)), ("inputs", .array(inputs)),
        ])
    }

    /// Canonical text (sorted keys, two-space indent, final newline).
    public static func text(_ r: MonteCarloReport) -> String { JSONWriter.canonical(encode(r)) }

    /// Reads a report back; every error names `file` and the JSON path.
    public static func decode(_ v: JSONValue, file: String) throws(FileErrors) -> MonteCarloReport {
        func fail(_ path: String, _ expected: String, _ got: JSONValue?) -> FileErrors {
            FileErrors([FileError(file: file, path: path, message: "expected \(expected), got \(got?.shortDescription ?? "nothing")")])
        }
        func string(_ o: JSONValue, _ k: String, _ path: String) throws(FileErrors) -> String {
            guard let s = o[k]?.stringValue else { throw fail(path, "a string", o[k]) }
            return s
        }
        func number(_ o: JSONValue, _ k: String, _ path: String) throws(FileErrors) -> Double {
            guard let x = o[k]?.numberValue else { throw fail(path, "a number", o[k]) }
            return x
        }
        func count(_ k: String) throws(FileErrors) -> Int {
            let x = try number(v, k, k)
            guard x >= 0, x == x.rounded(), x < 1e15 else { throw fail(k, "a whole number ≥ 0", v[k]) }
            return Int(x)
        }
        func optionalNumber(_ o: JSONValue, _ k: String, _ path: String) throws(FileErrors) -> Double? {
            if o[k] == nil || o[k] == .null { return nil }
            return try number(o, k, path)
        }
        func array(_ k: String) throws(FileErrors) -> [JSONValue] {
            guard case .array(let items)? = v[k] else { throw fail(k, "an array", v[k]) }
            return items
        }
        guard v["format"]?.stringValue == format, v["version"]?.numberValue == 1 else {
            throw fail("format", "\"\(format)\" version 1", v["format"])
        }
        var goals: [MonteCarloReport.GoalProbability] = []
        for (i, g) in try array("goals").enumerated() {
            let path = "goals[\(i)]"
            guard case .array(let ci)? = g["ci95"], ci.count == 2, let lo = ci[0].numberValue, let hi = ci[1].numberValue else {
                throw fail(path + ".ci95", "[low, high]", g["ci95"])
            }
            var met: Bool?
            switch g["central_met"] {
            case nil, .null?: met = nil
            case .bool(let b)?: met = b
            default: throw fail(path + ".central_met", "true, false or null", g["central_met"])
            }
            goals.append(.init(id: try string(g, "id", path + ".id"), probability: try number(g, "probability", path + ".probability"),
                               ci95: [lo, hi], metInCentralCase: met,
                               centralMargin: try optionalNumber(g, "central_margin", path + ".central_margin")))
        }
        guard let members = v["outputs"]?.objectMembers else { throw fail("outputs", "an object", v["outputs"]) }
        var outputs: [MonteCarloReport.OutputRow] = []
        for (key, o) in members {
            let p = "outputs.\(key)"
            outputs.append(.init(key: key, summary: OutputSummary(
                mean: try number(o, "mean", p + ".mean"), sd: try number(o, "sd", p + ".sd"), p5: try number(o, "p5", p + ".p5"),
                p50: try number(o, "p50", p + ".p50"), p95: try number(o, "p95", p + ".p95"))))
        }
        var drivers: [MonteCarloReport.Driver] = []
        for (i, d) in try array("drivers").enumerated() {
            let p = "drivers[\(i)]"
            drivers.append(.init(input: try string(d, "input", p + ".input"),
                                 rhoIntensityChange: try optionalNumber(d, "rho_intensity_change", p + ".rho_intensity_change"),
                                 rhoEnergyGapTce: try optionalNumber(d, "rho_energy_gap_tce", p + ".rho_energy_gap_tce")))
        }
        var inputs: [MonteCarloReport.Input] = []
        var problems = Problems(file: file)
        for (i, d) in try array("inputs").enumerated() {
            let p = "inputs[\(i)]"
            let key = try string(d, "input", p + ".input")
            guard let dist = d["dist"] else { throw fail(p + ".dist", "a distribution object", nil) }
            if let u = UncertaintyCodec.decode(dist, path: p + ".dist", &problems) { inputs.append(.init(input: key, uncertainty: u)) }
        }
        try problems.throwIfAny()
        let reason: String?
        if v["invalid_reason"] == .null { reason = nil } else { reason = try string(v, "invalid_reason", "invalid_reason") }
        guard case .bool(let partial)? = v["partial"] else { throw fail("partial", "true or false", v["partial"]) }
        return MonteCarloReport(scenario: try string(v, "scenario", "scenario"), draws: try count("draws"), valid: try count("valid"),
                                invalid: try count("invalid"), invalidReason: reason, seed: UInt64(try count("seed")),
                                partial: partial, goals: goals, outputs: outputs, drivers: drivers, inputs: inputs)
    }
}
