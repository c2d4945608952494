public import ErqiModel

/// Reads and writes one distribution object (ANALYSIS.md §2), as it appears under a baseline
/// parameter's `uncertainty` and as a value of a scenario's `uncertainty` object:
/// `{"dist": "triangular", "low": 0.07, "mode": 0.09, "high": 0.11}`, with `"relative": true`
/// when low, mode, high, mean and sd are fractions of the central value.
///
/// Decoding checks the object's shape strictly (the `dist` name, the fields that family takes,
/// their types); whether the values fit the key is the model's check (`UncertainInputs`).
public enum UncertaintyCodec {
    /// The key that names the family.
    public static let distKey = "dist"
    /// The key of the relative flag.
    public static let relativeKey = "relative"

    /// The distributions' names, spelled once.
    static let distributionNames = DistributionKind.allCases.map(\.id)

    /// The distribution at `path`, or nil with its problems recorded.
    static func decode(_ v: JSONValue, path: String, _ problems: inout Problems) -> Uncertainty? {
        guard let o = ObjectReader(v, path: path, problems: &problems,
                                   what: "a distribution object ({\"dist\": \"uniform\", \"low\": …, \"high\": …})") else {
            return nil
        }
        guard let d = o.required(distKey, &problems),
              let name = Check.choice(d, path: o.path(distKey), distributionNames, &problems),
              let kind = DistributionKind(rawValue: name) else {
            return nil
        }
        let before = problems.errors.count
        o.rejectUnknownKeys([distKey, relativeKey] + kind.fieldNames, &problems)
        var relative = false
        if let r = o.value(relativeKey) {
            if case .bool(let b) = r { relative = b } else {
                problems.add(o.path(relativeKey), "expected true or false, got \(r.shortDescription)")
            }
        }
        let distribution: Distribution?
        switch kind {
        case .uniform:
            let low = o.number("low", &problems), high = o.number("high", &problems)
            distribution = low.flatMap { l in high.map { .uniform(low: l, high: $0) } }
        case .triangular:
            let low = o.number("low", &problems), high = o.number("high", &problems)
            let mode = o.number("mode", required: false, &problems)
            distribution = low.flatMap { l in high.map { .triangular(low: l, mode: mode, high: $0) } }
        case .normal:
            let sd = o.number("sd", &problems)
            let mean = o.number("mean", required: false, &problems)
            let low = o.number("low", required: false, &problems)
            let high = o.number("high", required: false, &problems)
            distribution = sd.map { .normal(mean: mean, sd: $0, low: low, high: high) }
        case .discrete:
            let values = numbers(o, "values", required: true, &problems)
            let weights = numbers(o, "weights", required: false, &problems)
            distribution = values.map { .discrete(values: $0, weights: weights) }
        }
        guard problems.errors.count == before, let distribution else { return nil }
        return Uncertainty(distribution, relative: relative)
    }

    /// An array of numbers.
    static func numbers(_ o: ObjectReader, _ key: String, required: Bool, _ problems: inout Problems) -> [Double]? {
        guard let v = required ? o.required(key, &problems) : o.value(key) else { return nil }
        guard case .array(let items) = v else {
            problems.add(o.path(key), "expected an array of numbers, got \(v.shortDescription)")
            return nil
        }
        var out: [Double] = []
        for (i, item) in items.enumerated() {
            if let x = Check.number(item, path: JSONPath.index(o.path(key), i), &problems) { out.append(x) }
        }
        return out.count == items.count ? out : nil
    }

    /// The distribution as JSON: fields left to their defaults are not written.
    public static func encode(_ u: Uncertainty) -> JSONValue {
        var m: [(key: String, value: JSONValue)] = [(distKey, .string(u.distribution.kind.id))]
        func put(_ key: String, _ x: Double?) { if let x { m.append((key, .number(x))) } }
        switch u.distribution {
        case .uniform(let low, let high): put("low", low); put("high", high)
        case .triangular(let low, let mode, let high): put("low", low); put("mode", mode); put("high", high)
        case .normal(let mean, let sd, let low, let high): put("mean", mean); put("sd", sd); put("low", low); put("high", high)
        case .discrete(let values, let weights):
            m.append(("values", .array(values.map(JSONValue.number))))
            if let weights { m.append(("weights", .array(weights.map(JSONValue.number)))) }
        }
        if u.relative { m.append((relativeKey, .bool(true))) }
        return .object(m)
    }

    /// A scenario's setting: a distribution, or `null` for certain.
    public static func encode(_ s: UncertaintySetting) -> JSONValue {
        switch s {
        case .certain: .null
        case .uncertain(let u): encode(u)
        }
    }
}
