/// One sector's line of the result's `actuals` section (docs/FORMATS.md): its year-to-date
/// figure, the model's year to date, the surprise ratio and the projected year.
public struct ActualsLine: Equatable, Sendable {
    /// The sector's id.
    public var sector: String
    /// The figure for January…k.
    public var actual: Double
    /// What the model puts in January…k.
    public var modelYearToDate: Double
    /// `actual / modelYearToDate`.
    public var ratio: Double
    /// The year projected from the figure.
    public var projected: Double
    /// The model's year without the figure.
    public var model: Double
    /// `W(k)`, the share of the sector's business as usual in January…k (for `explain`).
    public var bauShare: Double
    /// The sector's business as usual for 2015 (for `explain`).
    public var bau: Double

    /// `projected − model`: the year-to-date surprise.
    public var surprise: Double { projected - model }
}

/// The result's `actuals` section: present only when the scenario has year-to-date figures.
public struct ActualsResult: Equatable, Sendable {
    public var throughMonth: Int
    public var source: String?
    /// Energy (tce), one line per sector with a figure, in sector order.
    public var energy: [ActualsLine]
    /// Value added (万元), one line per producing sector with a figure.
    public var valueAdded: [ActualsLine]
    /// `F_j(k)` of each measure, in the scenario's order (for `explain`).
    public var measureShares: [Double]
}

extension CompiledScenario {
    /// The `actuals` section of an evaluated projection; nil without year-to-date figures.
    func actualsResult(_ p: Projection, source: String?) -> ActualsResult? {
        guard let a = yearToDate else { return nil }
        func line(_ y: SectorYearToDate) -> ActualsLine {
            ActualsLine(sector: Sector(rawValue: y.sector)!.id, actual: y.actual, modelYearToDate: y.modelYearToDate,
                        ratio: y.ratio, projected: y.projected, model: y.model, bauShare: y.bauShare, bau: y.bau)
        }
        return ActualsResult(throughMonth: a.throughMonth, source: source, energy: p.yearToDate.energy.map(line),
                             valueAdded: p.yearToDate.valueAdded.map(line), measureShares: p.yearToDate.measureShare)
    }
}

extension CompiledScenario {
    /// The error of a figure that cannot scale its sector, naming the figure's input.
    static func actualsIssue(sector s: Int, valueAdded: Bool, modelYearToDate ytd: Double, model: Double,
                             projected: Double) -> ModelIssue {
        let id = Sector(rawValue: s)!.id
        let path = valueAdded ? "actuals.value_added.\(id)" : "actuals.energy_tce.\(id)"
        let unit = valueAdded ? "万元" : "tce"
        if !(ytd > 0) {
            return ModelIssue(path, "the model puts \(grouped(ytd)) \(unit) in \(id)'s year to date, so a figure cannot be compared with it; remove the figure")
        }
        if !(model > 0) {
            return ModelIssue(path, "the model's 2015 \(valueAdded ? "value added" : "energy") of \(id) is \(grouped(model)) \(unit), so the figure cannot scale it; remove the figure")
        }
        return ModelIssue(path, "the figure projects \(id)'s 2015 \(valueAdded ? "value added" : "energy") to \(grouped(projected)) \(unit), below zero (the measures' remaining effect is larger than the year left); check the figure or the measures")
    }
}
