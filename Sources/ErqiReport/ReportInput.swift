public import ErqiModel

/// One scenario as the report shows it: its name, the file it came from and its projection.
public struct ReportScenario: Sendable {
    /// The name shown in headings (unique within a report).
    public var name: String
    /// The file as named on the command line, or `<session>`.
    public var file: String
    public var result: ScenarioResult
    /// Number of baseline parameters this scenario's assumptions override.
    public var assumptionCount: Int
    /// Every goal graded against the baseline's bands; nil when the baseline has no bands.
    public var barometer: Barometer?

    public init(name: String, file: String, result: ScenarioResult, assumptionCount: Int = 0, barometer: Barometer? = nil) {
        self.name = name; self.file = file; self.result = result; self.assumptionCount = assumptionCount
        self.barometer = barometer
    }
}

/// One input that differs between the scenarios, already as text (one value per scenario).
public struct ReportInputRow: Equatable, Sendable {
    /// `measures.ID`, `measures.ID.FIELD`, `assumptions.KEY` or `options.NAME`.
    public var path: String
    /// In the order of `ReportInput.scenarios`.
    public var values: [String]

    public init(path: String, values: [String]) { self.path = path; self.values = values }
}

/// Where the numbers come from: the baseline's identity, erqi's version and the date.
public struct ReportProvenance: Sendable {
    /// SHA-256 of the baseline file's text (hex), or empty when unknown.
    public var baselineSHA256: String
    /// Where the baseline was read from (a path, or `<embedded baseline>`).
    public var baselineSource: String
    public var erqiVersion: String
    /// The date printed on the report, `YYYY-MM-DD`; injected so that output is reproducible.
    public var date: String

    public init(baselineSHA256: String, baselineSource: String, erqiVersion: String, date: String) {
        self.baselineSHA256 = baselineSHA256; self.baselineSource = baselineSource
        self.erqiVersion = erqiVersion; self.date = date
    }
}

/// Everything the report is built from. The renderer reads nothing else.
public struct ReportInput: Sendable {
    /// One or more scenarios, shown side by side in this order.
    public var scenarios: [ReportScenario]
    /// The inputs that differ between the scenarios (empty for one scenario).
    public var differences: [ReportInputRow]
    /// The baseline every scenario ran on.
    public var baseline: Baseline
    /// The plan's tasks, for the titles of the tasks the measures serve.
    public var planTasks: [PlanTask]
    public var provenance: ReportProvenance

    public init(scenarios: [ReportScenario], differences: [ReportInputRow], baseline: Baseline,
                planTasks: [PlanTask], provenance: ReportProvenance) {
        self.scenarios = scenarios; self.differences = differences; self.baseline = baseline
        self.planTasks = planTasks; self.provenance = provenance
    }
}
