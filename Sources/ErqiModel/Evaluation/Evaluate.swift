extension CompiledScenario {
    /// Projects 2015 (docs/MODEL.md §3–§5) into `p`, which must have been made for this scenario.
    /// Looks up no strings and allocates nothing. Returns false, with `p.failure` set, when
    /// measures would take a quantity below zero or scale an empty sector.
    ///
    /// The steps, each its own function: business as usual (`computeBAU`), then
    /// `evaluateFromBAU`: the measures, the checked 2015 quantities, each measure's tce and
    /// CO₂, the totals, the townships.
    @discardableResult
    public func evaluate(into p: inout Projection) -> Bool {
        precondition(p.measureCount == measures.count && p.townshipCount == townshipCount,
                     "Projection was made for another scenario")
        computeBAU(into: &p)
        return evaluateFromBAU(into: &p)
    }

    /// Every step after business as usual, which `p` must already hold for this scenario's
    /// parameters (a patch of a measure field leaves BAU as it was).
    @discardableResult
    public func evaluateFromBAU(into p: inout Projection) -> Bool {
        precondition(p.measureCount == measures.count && p.townshipCount == townshipCount,
                     "Projection was made for another scenario")
        p.failure = nil
        guard applyMeasures(into: &p), sumQuantities(into: &p) else { return false }
        sumMeasureContributions(into: &p)
        if yearToDate != nil {
            guard applyActuals(into: &p) else { return false }
        }
        sumTotals(into: &p)
        return projectTownships(into: &p)
    }

    @inline(__always)
    func tolerance(_ scale: Double) -> Double { 1e-9 * max(abs(scale), 1) }
}
