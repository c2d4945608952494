import ErqiModel

/// A measure's changes against BAU as the explainer derives them from docs/MODEL.md §4
/// (independently of the engine; a test checks that both agree).
struct MeasureNumbers {
    var fraction = 0.0
    /// Physical units, `[sector * 7 + fuel]`.
    var energy = [Double](repeating: 0, count: Sector.count * Fuel.count)
    /// By AirPollutant, t.
    var air = [0.0, 0.0, 0.0]
    /// By WaterPollutant, t.
    var water = [0.0, 0.0, 0.0, 0.0]
    /// 万元 by sector.
    var valueAdded = [Double](repeating: 0, count: Sector.count)
    var pvMWh = 0.0
    /// Computed by `totals`: tce and t CO₂ change (negative: a saving).
    var tce = 0.0
    var co2 = 0.0

    mutating func add(_ s: Sector, _ f: Fuel, _ v: Double) { energy[s.rawValue * Fuel.count + f.rawValue] += v }
    func delta(_ s: Sector, _ f: Fuel) -> Double { energy[s.rawValue * Fuel.count + f.rawValue] }

    var energySavingTce: Double { -tce }
    var co2ReductionT: Double { -co2 }
}
