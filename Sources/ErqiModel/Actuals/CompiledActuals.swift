/// A scenario's year-to-date figures resolved to sector indices (docs/MODEL.md §14): evaluating
/// them reads no strings.
public struct CompiledActuals: Sendable {
    /// One sector's figure for January…k.
    public struct Figure: Equatable, Sendable {
        /// Index of the sector.
        public var sector: Int
        /// tce for energy, 万元 for value added.
        public var value: Double
    }

    /// k, 1…11.
    public var throughMonth: Int
    /// Energy figures, in sector order.
    public var energy: [Figure]
    /// Value-added figures, in sector order.
    public var valueAdded: [Figure]

    /// The figures of `actuals`, which must have passed `Actuals.issues()`.
    init(_ actuals: Actuals) {
        throughMonth = actuals.throughMonth ?? 0
        energy = Sector.allCases.compactMap { s in actuals.energyTce[s].map { Figure(sector: s.rawValue, value: $0) } }
        valueAdded = Sector.allCases.compactMap { s in actuals.valueAdded[s].map { Figure(sector: s.rawValue, value: $0) } }
    }
}

/// One sector's year projected from its year-to-date figure (docs/MODEL.md §14), as the
/// evaluation leaves it: energy in tce, value added in 万元.
public struct SectorYearToDate: Equatable, Sendable {
    /// Index of the sector.
    public var sector = 0
    /// The figure for January…k (A or B).
    public var actual = 0.0
    /// `W(k)`: the share of the year's business as usual that falls in January…k.
    public var bauShare = 0.0
    /// `M = BAU·W(k) + Σ_j d_j·F_j(k)`.
    public var modelYearToDate = 0.0
    /// `r = actual / M`.
    public var ratio = 0.0
    /// `r·BAU + Σ_j d_j·(1 + (r − 1)·F_j(k))`.
    public var projected = 0.0
    /// The model's year without the figure.
    public var model = 0.0
    /// The sector's business as usual for 2015.
    public var bau = 0.0

    public init() {}

    public init(sector: Int, actual: Double, bauShare: Double, modelYearToDate: Double, ratio: Double,
                projected: Double, model: Double, bau: Double) {
        self.sector = sector; self.actual = actual; self.bauShare = bauShare; self.modelYearToDate = modelYearToDate
        self.ratio = ratio; self.projected = projected; self.model = model; self.bau = bau
    }
}

/// The year-to-date part of a projection: written by each evaluation of a scenario with
/// actuals, empty (and untouched) without.
public struct YearToDateState: Sendable {
    /// `F_j(k)` of each measure (empty without actuals).
    public var measureShare: [Double]
    /// The energy surprise ratio of each sector, 1 for a sector without a figure.
    public var energyRatio: [Double]
    /// The value-added surprise ratio of each sector, 1 for a sector without a figure.
    public var valueAddedRatio: [Double]
    /// One entry per energy figure, in `CompiledActuals.energy` order.
    public var energy: [SectorYearToDate]
    /// One entry per value-added figure.
    public var valueAdded: [SectorYearToDate]

    /// Storage for `compiled`'s figures (none when it has no actuals).
    init(for compiled: CompiledScenario) {
        guard let a = compiled.yearToDate else {
            measureShare = []; energyRatio = []; valueAddedRatio = []; energy = []; valueAdded = []
            return
        }
        measureShare = .init(repeating: 0, count: compiled.measures.count)
        energyRatio = .init(repeating: 1, count: Sector.count)
        valueAddedRatio = .init(repeating: 1, count: Sector.count)
        energy = .init(repeating: SectorYearToDate(), count: a.energy.count)
        valueAdded = .init(repeating: SectorYearToDate(), count: a.valueAdded.count)
    }
}
