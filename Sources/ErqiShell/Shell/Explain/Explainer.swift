import ErqiModel

/// `explain`: how a figure is computed, step by step with numbers, down to the baseline
/// parameters and their sources (estimates marked).
struct Explainer {
    let baseline: Baseline
    let scenario: Scenario
    let result: ScenarioResult
    /// Each measure's numbers, derived once.
    let numbers: [MeasureNumbers]

    init(baseline: Baseline, scenario: Scenario, result: ScenarioResult) {
        self.baseline = baseline; self.scenario = scenario; self.result = result
        var book = ParameterBook(baseline: baseline, scenario: scenario)
        numbers = scenario.measures.indices.map { Self.derive($0, scenario: scenario, baseline: baseline, &book).n }
    }

    /// Every topic `explain` takes besides measure ids and `township.<id>`.
    static let quantities = ["intensity", "energy_gap", "co2", "cod_household", "cod_industrial",
                             "nh3n_household", "nh3n_industrial", "smokeless_area", "key_enterprises", "actuals"]

    var pvAccounting: PVAccounting { scenario.pvAccounting ?? baseline.pvAccounting }

    /// The explanation of `topic`, or an error with "did you mean".
    func explain(_ topic: String, measureOnly: Bool = false) throws(ShellError) -> String {
        var book = ParameterBook(baseline: baseline, scenario: scenario)
        var lines: [String]
        let isQuantity = Self.quantities.contains(topic) && !measureOnly
        if measureOnly && scenario.measureIndex(topic) == nil {
            throw ShellError("no measure '\(topic)'\(Suggestions.hint(topic, scenario.measures.map(\.id)))")
        }
        if !isQuantity, let i = scenario.measureIndex(topic) {
            lines = measureLines(i, &book)
        } else if topic.hasPrefix("township."), let t = baseline.townships.first(where: { "township.\($0.id)" == topic }) {
            lines = township(t, &book)
        } else {
            switch topic {
            case "intensity": lines = intensity(&book)
            case "energy_gap": lines = energyGap(&book)
            case "co2": lines = co2(&book)
            case "smokeless_area": lines = smokelessArea(&book)
            case "key_enterprises": lines = keyEnterprises(&book)
            case "actuals": lines = actualsLines(&book)
            default:
                guard let w = WaterPollutant.allCases.first(where: { $0.id == topic }) else {
                    let topics = Self.quantities + scenario.measures.map(\.id) + baseline.townships.map { "township.\($0.id)" }
                    throw ShellError("cannot explain '\(topic)'\(Suggestions.hint(topic, topics)); topics: \(Self.quantities.joined(separator: ", ")), township.ID, or a measure id")
                }
                lines = water(w, &book)
            }
        }
        if isQuantity && scenario.measureIndex(topic) != nil {
            lines.append("(a measure is also called \(topic): `explain measure \(topic)` derives it)")
        }
        lines.append("")
        lines.append("parameters read (value, unit, source; estimates marked; `show KEY` gives the full note):")
        lines += book.sourceLines()
        return lines.joined(separator: "\n")
    }

    /// One measure, derived with docs/MODEL.md §4; also used by the test that keeps it honest.
    func derive(_ index: Int, _ book: inout ParameterBook) -> MeasureDerivation {
        Self.derive(index, scenario: scenario, baseline: baseline, &book)
    }

    static func derive(_ index: Int, scenario: Scenario, baseline: Baseline, _ book: inout ParameterBook) -> MeasureDerivation {
        let pv = scenario.pvAccounting ?? baseline.pvAccounting
        var d = MeasureDerivation(measure: scenario.measures[index], book: book)
        d.fraction()
        d.effect(pvAccounting: pv)
        d.totals(counted: pv == .counted)
        book = d.book
        return d
    }

    func measureLines(_ index: Int, _ book: inout ParameterBook) -> [String] {
        let m = scenario.measures[index]
        let spec = m.lever.spec
        var lines = ["\(m.id): \(m.lever.id) (\(spec.title), \(spec.chineseTitle)), plan task \(spec.planTask.map(String.init) ?? "— (water targets)"), lead unit \(spec.leadUnit)"]
        let township = m.fields[CommonField.township]?.text ?? spec.defaultTownship
        lines.append("located in \(township ?? "no township: split over the townships by each one's share of the sector")")
        let d = derive(index, &book)
        lines += d.lines
        if let mr = result.measures.first(where: { $0.id == m.id }) {
            lines.append("engine: saves \(ExplainNumber.text(mr.energySavingTce)) tce, \(ExplainNumber.text(mr.co2ReductionT)) t CO₂ (the same figures, as `measures` shows)")
        }
        return lines
    }
}
