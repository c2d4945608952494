/// The barometer (晴雨表) of one scenario's result: every goal and township graded against the
/// band that the baseline's `warning.band.*` parameters give (docs/MODEL.md §12).
public struct Barometer: Equatable, Sendable {
    /// The widths of the yellow band, from the baseline (or the scenario's assumptions).
    public struct Bands: Equatable, Sendable {
        /// Of the district's intensity change (a fraction, 0.005 = 0.5 pp).
        public var intensity: Double
        /// Of each water cap, as a fraction of the cap.
        public var waterFraction: Double
        /// Of the no-coal zone area, km².
        public var smokelessAreaKm2: Double
        /// Of the key enterprises' saving, tce.
        public var keyEnterprisesTce: Double
        /// Of a township's intensity change (a fraction).
        public var township: Double

        public init(intensity: Double, waterFraction: Double, smokelessAreaKm2: Double, keyEnterprisesTce: Double, township: Double) {
            self.intensity = intensity; self.waterFraction = waterFraction; self.smokelessAreaKm2 = smokelessAreaKm2
            self.keyEnterprisesTce = keyEnterprisesTce; self.township = township
        }

        /// The parameter keys the bands are read from.
        public static let keys = ["warning.band.intensity", "warning.band.water", "warning.band.smokeless_area",
                                  "warning.band.key_enterprises", "warning.band.township"]

        /// The bands of `baseline`, an assumption of the scenario replacing a baseline value;
        /// nil with the missing keys when the baseline lacks some.
        public static func from(_ baseline: Baseline, assumptions: [String: Double] = [:]) -> Result<Bands, BarometerError> {
            var values: [Double] = []
            var missing: [String] = []
            for key in keys {
                if let v = assumptions[key] ?? baseline.value(key) { values.append(v) } else { missing.append(key) }
            }
            if !missing.isEmpty { return .failure(BarometerError(missingKeys: missing, baseline: baseline.id)) }
            return .success(Bands(intensity: values[0], waterFraction: values[1], smokelessAreaKm2: values[2],
                                  keyEnterprisesTce: values[3], township: values[4]))
        }

        /// The band of the goal `g`, in the goal's unit; nil for a goal the barometer does not know.
        public func band(for g: GoalResult) -> Double? {
            switch g.id {
            case "intensity": intensity
            case "cod_household", "cod_industrial", "nh3n_household", "nh3n_industrial": waterFraction * abs(g.limit)
            case "smokeless_area": smokelessAreaKm2
            case "key_enterprises": keyEnterprisesTce
            default: g.id.hasPrefix("township.") ? township : nil
            }
        }
    }

    /// One graded goal.
    public struct Entry: Equatable, Sendable {
        public var goal: GoalResult
        public var band: Double
        public var grade: Grade
        /// The tce a month still to be saved over the rest of the year, for goals whose gap is
        /// in tce when year-to-date figures exist; nil otherwise.
        public var monthlySavingNeededTce: Double?
        /// The share of Monte Carlo draws that meet the goal, or nil when not computed.
        public var chance: Chance? = nil
    }

    public var scenario: String
    /// The last month with year-to-date figures, or nil without them.
    public var throughMonth: Int?
    public var entries: [Entry]
    /// The Monte Carlo run behind the entries' chances, or nil when none was made.
    public var monteCarlo: MonteCarloSummary? = nil

    /// Grades every goal of `result` with `bands`. `throughMonth` (1…11) is the last month of
    /// year-to-date figures; with it, the goals whose gap is in tce (intensity, each township,
    /// key enterprises) get the monthly saving still needed.
    public init(result: ScenarioResult, bands: Bands, throughMonth: Int? = nil) {
        scenario = result.scenario
        self.throughMonth = throughMonth
        entries = result.goals.compactMap { g in
            guard let band = bands.band(for: g) else { return nil }
            var gap: Double?
            switch g.id {
            case "intensity": gap = result.totals.energyGapTce
            case "key_enterprises": gap = g.limit - g.value
            case let id where id.hasPrefix("township."):
                gap = result.townships.first { "township.\($0.id)" == id }?.energyGapTce
            default: gap = nil
            }
            return Entry(goal: g, band: band, grade: Grade.of(margin: g.margin, band: band),
                         monthlySavingNeededTce: gap.flatMap { Self.monthlySavingNeeded(gapTce: $0, throughMonth: throughMonth) })
        }
    }

    /// `max(gap, 0) / (12 − k)`: the tce a month that the months after k must save; nil without
    /// year-to-date figures (k nil) or for k outside 1…11.
    public static func monthlySavingNeeded(gapTce: Double, throughMonth k: Int?) -> Double? {
        guard let k, (1...11).contains(k) else { return nil }
        return max(gapTce, 0) / Double(12 - k)
    }

    /// How many goals have each grade.
    public func count(_ grade: Grade) -> Int { entries.filter { $0.grade == grade }.count }
}

/// A baseline without the barometer's bands.
public struct BarometerError: Error, Equatable, Sendable, CustomStringConvertible {
    public var missingKeys: [String]
    public var baseline: String

    public var description: String {
        "baseline \(baseline) has no \(missingKeys.joined(separator: ", ")): the barometer needs its bands "
            + "(the shipped baseline has them; `assume KEY VALUE` or --set assumptions.KEY=VALUE gives one)"
    }
}
