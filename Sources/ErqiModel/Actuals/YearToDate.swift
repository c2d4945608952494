/// The arithmetic of year-to-date figures on plain arrays (docs/MODEL.md §14): how much of a
/// year's business as usual and of a measure's effect falls by month k, and a sector's year
/// projected from its figure for January to month k. The engine does the same on its own
/// index-addressed storage (`Evaluate+Actuals.swift`); tests hold the two to each other.
public enum YearToDate {
    /// `W(k) = Σ_{m≤k} w[m] / Σ_{m≤12} w[m]`: the share of a year's business as usual that falls
    /// in months 1…k, for monthly weights `w` (12 of them; a flat shape when empty).
    public static func bauShare(weights w: [Double], throughMonth k: Int) -> Double {
        let weights = w.isEmpty ? [Double](repeating: 1, count: 12) : w
        var upTo = 0.0, total = 0.0
        for m in 1...12 {
            total += weights[m - 1]
            if m <= k { upTo += weights[m - 1] }
        }
        return upTo / total
    }

    /// `F(k) = Σ_{S≤m≤k} w[m] / Σ_{S≤m≤12} w[m]`: the share of a measure's 2015 effect delivered
    /// by month k when it starts in month S with monthly weights `w`; 0 when k < S or S = 13.
    public static func measureShare(weights w: [Double], startMonth s: Int, throughMonth k: Int) -> Double {
        guard s <= 12, k >= s else { return 0 }
        let weights = w.isEmpty ? [Double](repeating: 1, count: 12) : w
        var upTo = 0.0, total = 0.0
        for m in s...12 {
            total += weights[m - 1]
            if m <= k { upTo += weights[m - 1] }
        }
        return total > 0 ? upTo / total : 0
    }

    /// One measure's signed change of a sector's figure for 2015 and its timing.
    public struct MeasureChange: Equatable, Sendable {
        /// The change of the sector's 2015 figure (negative for a saving).
        public var change: Double
        /// First month in force, 1…12, or 13 for not in 2015.
        public var startMonth: Int
        /// The measure's monthly weights (12; empty for flat).
        public var weights: [Double]

        public init(change: Double, startMonth: Int, weights: [Double] = []) {
            self.change = change; self.startMonth = startMonth; self.weights = weights
        }
    }

    /// A sector's year projected from its year-to-date figure.
    public struct SectorProjection: Equatable, Sendable {
        /// The figure for January to month k.
        public var actual: Double
        /// What the model puts in January to month k: `bau·W(k) + Σ change·F(k)`.
        public var modelYearToDate: Double
        /// `actual / modelYearToDate`.
        public var ratio: Double
        /// The year projected: `ratio·bau + Σ change·(1 + (ratio − 1)·F(k))`.
        public var projected: Double
        /// The model's year without the figure: `bau + Σ change`.
        public var model: Double
        /// `projected − model`.
        public var surprise: Double { projected - model }
    }

    /// Projects a sector's year from `actual` (January to month `k`, 1…11): the rest of the
    /// year's business as usual runs at the year-to-date ratio, the measures' remaining effect
    /// comes as planned. With `actual` equal to the model's year to date (ratio 1) the result
    /// is the model's year exactly. Nil when the model's year to date is not positive.
    public static func project(actual: Double, bau: Double, bauWeights: [Double], measures: [MeasureChange],
                               throughMonth k: Int) -> SectorProjection? {
        let w = bauShare(weights: bauWeights, throughMonth: k)
        let shares = measures.map { measureShare(weights: $0.weights, startMonth: $0.startMonth, throughMonth: k) }
        var modelYTD = bau * w
        var model = bau
        for (j, m) in measures.enumerated() {
            modelYTD += m.change * shares[j]
            model += m.change
        }
        guard modelYTD > 0 else { return nil }
        let r = actual / modelYTD
        var projected = r * bau
        for (j, m) in measures.enumerated() { projected += m.change * (1 + (r - 1) * shares[j]) }
        return SectorProjection(actual: actual, modelYearToDate: modelYTD, ratio: r, projected: projected, model: model)
    }
}
