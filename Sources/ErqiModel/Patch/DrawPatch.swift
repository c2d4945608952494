/// How a fixed list of patch handles reaches a compiled scenario, worked out once so that a
/// Monte Carlo draw writes each value straight where the evaluation reads it: a parameter
/// into its slot and the one loaded number that copies it (an energy, a growth rate, a
/// coefficient), or into its slot with a reload of just the constants, vehicle terms or
/// measures that read that slot. Nothing else is reloaded, and values that reach nothing the
/// evaluation reads (parameters the model ignores, a yellow-label stock that no patched count
/// is checked against) are neither written nor drawn.
///
/// Applying it gives exactly what `set(_:to:)` on each handle followed by the full reload of
/// `evaluate()` gives: the same numbers computed by the same expressions.
public struct DrawPatch: Sendable {
    /// Where a parameter's value is copied after its slot is written.
    enum Copy: UInt8, Sendable {
        case slotOnly, energy, gdp, growth, drift, air, water, coefTce, coefCO2, growthPopulation, driftWaterIndustrial
        /// A measure field: set through the handle (`field` indexes `fieldHandles`).
        case field
    }

    struct Step: Sendable {
        /// Index of the value (the handle's position).
        var input: Int
        var slot: Int
        var copy: Copy
        /// Index into the copied array, or into `fieldHandles` for `.field`.
        var index: Int
    }

    /// One step per value read, in handle order.
    let steps: [Step]
    /// The same parameter steps grouped by the array they are copied into, for the fast path
    /// (no measure field among the handles): `(input, index)` pairs per `Copy` case.
    let slotWrites: [(input: Int, index: Int)]
    let copies: [[(input: Int, index: Int)]]
    let fieldHandles: [PatchHandle]
    /// True when a constant the levers read was written: the lever constants are reloaded.
    let reloadsConstants: Bool
    /// Vehicle terms to reload (their class's numbers or their fuel's density were written).
    let vehicleTerms: [Int]
    /// Measures whose defaulted sizes read a written slot.
    let measures: [Int]
    /// True when a written parameter enters business as usual.
    let entersBAU: Bool
    /// True when a written slot is one this plan cannot reload alone (a share, a profile
    /// weight): everything is reloaded, as `evaluate()` does after any parameter patch.
    let reloadsAll: Bool
    /// For each handle, whether the evaluation reads its value.
    public let reads: [Bool]

    /// The plan for `handles`, resolved on `work` (handles from `work.handle(_:)`).
    public init(handles: [PatchHandle], on work: PatchableScenario) {
        let compiled = work.compiled
        let layout = compiled.layout
        let S = Sector.count, F = Fuel.count
        let checksStock = handles.contains { $0.stockClass != nil }
        var steps: [Step] = [], fields: [PatchHandle] = [], reads: [Bool] = []
        var constants = false, bau = false, all = false
        var terms = Set<Int>(), measures = Set<Int>()
        for (k, h) in handles.enumerated() {
            var step: Step?
            switch h.target {
            case .inert:
                step = nil
            case .field, .vehicleCount, .startMonth:
                step = Step(input: k, slot: -1, copy: .field, index: fields.count)
                fields.append(h)
            case .parameter(let slot, let key):
                bau = bau || key.entersBAU
                var s = Step(input: k, slot: slot, copy: .slotOnly, index: 0)
                switch key {
                case .energy(let sector, let fuel): s.copy = .energy; s.index = sector.rawValue * F + fuel.rawValue
                case .gdp(let sector):
                    // Residential value added is always 0 in the loaded array.
                    if sector != .residential { s.copy = .gdp; s.index = sector.rawValue }
                case .growth(let sector): s.copy = .growth; s.index = sector.rawValue
                case .drift(let sector): s.copy = .drift; s.index = sector.rawValue
                case .air(let p, let sector): s.copy = .air; s.index = p.rawValue * S + sector.rawValue
                case .water(let w): s.copy = .water; s.index = w.rawValue
                case .coefTce(let f): s.copy = .coefTce; s.index = f.rawValue
                case .coefCO2(let f): s.copy = .coefCO2; s.index = f.rawValue
                case .density(let f):
                    for v in compiled.vehicleTerms.indices where compiled.vehicleTerms[v].fuel == f.rawValue { terms.insert(v) }
                case .vehicle(let cls, let parameter):
                    // A stock is read only by the stock check of a patched yellow-label count.
                    if parameter != .yellowStock, let c = layout.vehicleClassIDs.firstIndex(of: cls) {
                        for v in compiled.vehicleTerms.indices where compiled.vehicleTerms[v].classIndex == c { terms.insert(v) }
                    }
                case .constant(.growthPopulation): s.copy = .growthPopulation
                case .constant(.driftWaterIndustrial): s.copy = .driftWaterIndustrial
                case .constant: constants = true
                case .energyShare, .valueAddedShare, .profileWeight, .sectorProfile: all = true
                }
                for m in compiled.measures.indices {
                    let d = compiled.measures[m].defaultSlots
                    if d[0] == slot || d[1] == slot || d[2] == slot || d[3] == slot { measures.insert(m) }
                }
                if case .vehicle(_, .yellowStock) = key, !checksStock { step = nil } else { step = s }
            }
            if let step { steps.append(step) }
            reads.append(step != nil)
        }
        self.steps = steps
        slotWrites = steps.filter { $0.copy != .field }.map { ($0.input, $0.slot) }
        copies = (0...Copy.field.rawValue).map { c in steps.filter { $0.copy.rawValue == c }.map { ($0.input, $0.index) } }
        fieldHandles = fields
        reloadsConstants = constants
        vehicleTerms = terms.sorted()
        self.measures = measures.sorted()
        entersBAU = bau
        reloadsAll = all
        self.reads = reads
    }
}

extension PatchableScenario {
    /// Writes `values` (one per handle of `patch`, in handle order; values the patch does not
    /// read are ignored) and reloads what reads them. Parameters are written unchecked: they
    /// must be valid for their keys (Monte Carlo draws are, by construction). Measure fields
    /// are checked as `set(_:to:)` checks them; a refusal is returned and the scenario must not
    /// be evaluated then.
    public mutating func apply(_ patch: DrawPatch, values: [Double]) -> ModelIssue? {
        var refusal: ModelIssue?
        if patch.fieldHandles.isEmpty {
            applyParameters(patch, values: values)
        } else {
            values.withUnsafeBufferPointer { x in
                for step in patch.steps {
                    // A refused field ends the draw's writes where `set(_:to:)` one by one would.
                    if refusal != nil { break }
                    let v = x[step.input]
                    if step.copy != .field { compiled.inputs[step.slot] = v }
                    switch step.copy {
                    case .slotOnly: break
                    case .energy: compiled.energy[step.index] = v
                    case .gdp: compiled.gdp[step.index] = v
                    case .growth: compiled.growth[step.index] = v
                    case .drift: compiled.drift[step.index] = v
                    case .air: compiled.air[step.index] = v
                    case .water: compiled.water[step.index] = v
                    case .coefTce: compiled.coefTce[step.index] = v
                    case .coefCO2: compiled.coefCO2[step.index] = v
                    case .growthPopulation: compiled.growthPopulation = v
                    case .driftWaterIndustrial: compiled.driftWaterIndustrial = v
                    case .field:
                        do throws(ModelIssue) { try set(patch.fieldHandles[step.index], to: v) } catch { refusal = error }
                    }
                }
            }
        }
        if refusal != nil {
            // Left as `set(_:to:)` one by one leaves it: whatever evaluates next reloads all.
            loadNeeded = true
            bauCurrent = false
            return refusal
        }
        if patch.reloadsAll {
            loadNeeded = true
        } else {
            if patch.reloadsConstants { compiled.loadConstants() }
            for v in patch.vehicleTerms { compiled.loadVehicleTerm(v) }
            for m in patch.measures { compiled.reloadDefaultSizes(m) }
        }
        if patch.entersBAU { bauCurrent = false }
        return nil
    }
}

extension PatchableScenario {
    /// The parameter steps of `patch` (which has no measure field), one array at a time: each
    /// array is opened once, so that no write checks uniqueness or bounds again.
    mutating func applyParameters(_ patch: DrawPatch, values: [Double]) {
        values.withUnsafeBufferPointer { x in
            func copy(_ c: DrawPatch.Copy, into array: inout [Double]) {
                let pairs = patch.copies[Int(c.rawValue)]
                guard !pairs.isEmpty else { return }
                array.withUnsafeMutableBufferPointer { a in
                    for (input, index) in pairs { a[index] = x[input] }
                }
            }
            func copy<V: SIMD>(_ c: DrawPatch.Copy, into vector: inout V) where V.Scalar == Double {
                for (input, index) in patch.copies[Int(c.rawValue)] { vector[index] = x[input] }
            }
            compiled.inputs.withUnsafeMutableBufferPointer { a in
                for (input, slot) in patch.slotWrites { a[slot] = x[input] }
            }
            copy(.energy, into: &compiled.energy)
            copy(.gdp, into: &compiled.gdp)
            copy(.growth, into: &compiled.growth)
            copy(.drift, into: &compiled.drift)
            copy(.air, into: &compiled.air)
            copy(.water, into: &compiled.water)
            copy(.coefTce, into: &compiled.coefTce)
            copy(.coefCO2, into: &compiled.coefCO2)
            for (input, _) in patch.copies[Int(DrawPatch.Copy.growthPopulation.rawValue)] { compiled.growthPopulation = x[input] }
            for (input, _) in patch.copies[Int(DrawPatch.Copy.driftWaterIndustrial.rawValue)] { compiled.driftWaterIndustrial = x[input] }
        }
    }
}

extension CompiledScenario {
    /// Re-reads measure `m`'s defaulted sizes from their slots and rebuilds its effect (its
    /// fraction of the year reads only profile weights and its start month, which a parameter
    /// draw leaves alone).
    mutating func reloadDefaultSizes(_ m: Int) {
        for i in 0..<4 where measures[m].defaultSlots[i] >= 0 { measures[m].sizes[i] = inputs[measures[m].defaultSlots[i]] }
        measures[m].rebuildEffect()
    }
}
