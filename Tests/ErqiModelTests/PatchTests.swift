import ErqiFiles
import ErqiTestSupport
import Testing
@testable import ErqiModel

/// The patch API: a patched scenario evaluates exactly as the edited scenario compiled anew,
/// every refused value says why, and BAU follows the parameters it reads.
@Suite struct PatchTests {
    static let baseline = try! BaselineStore.embedded()
    static let plan = try! ScenarioLoader.load(path: Repository.root + "/scenarios/plan-2015.json")

    func evaluates(_ work: inout PatchableScenario, sourceLocation: SourceLocation = #_sourceLocation) {
        let ok = work.evaluate()
        #expect(ok, sourceLocation: sourceLocation)
    }

    /// The projection of `scenario` compiled from scratch.
    func fresh(_ scenario: Scenario) throws -> Projection {
        let c = try CompiledScenario(baseline: Self.baseline, scenario: scenario)
        var p = Projection(for: c)
        #expect(c.evaluate(into: &p))
        return p
    }

    func expectSame(_ a: Projection, _ b: Projection, _ label: String) {
        func close(_ x: Double, _ y: Double) -> Bool { abs(x - y) <= 1e-12 * max(1, abs(x), abs(y)) }
        #expect(close(a.intensityChange, b.intensityChange), "\(label): intensity")
        #expect(close(a.energy2015Tce, b.energy2015Tce), "\(label): energy")
        #expect(close(a.energyBAU2015Tce, b.energyBAU2015Tce), "\(label): BAU")
        #expect(close(a.co2_2015, b.co2_2015), "\(label): co2")
        #expect(close(a.smokelessAreaByDeadlineKm2, b.smokelessAreaByDeadlineKm2), "\(label): smokeless")
        for w in 0..<4 { #expect(close(a.water2015[w], b.water2015[w]), "\(label): water \(w)") }
        for t in a.townshipIntensityChange.indices {
            #expect(close(a.townshipIntensityChange[t], b.townshipIntensityChange[t]), "\(label): township \(t)")
        }
        for m in a.measureTce.indices { #expect(close(a.measureTce[m], b.measureTce[m]), "\(label): measure \(m)") }
    }

    @Test func patchedMeasureFieldsEvaluateAsTheEditedScenario() throws {
        var work = try PatchableScenario(baseline: Self.baseline, scenario: Self.plan)
        let cases: [(String, Double)] = [
            ("key_enterprises.saving_tce", 16_000), ("pv-mazhai.capacity_mw", 12.5), ("c2g-heat-source.hours", 3000),
            ("c2g-mazhai-boilers.start_month", 3), ("industrial_wastewater.percent", 0.4), ("oil_to_gas.count.bus", 90),
            ("motors.gain", 0.05), ("smokeless-daxuelu-new.start_month", 11),
        ]
        var handles: [PatchHandle] = []
        for (name, value) in cases {
            let h = try work.handle(name)
            try work.set(h, to: value)
            handles.append(h)
            evaluates(&work)
            var edited = Self.plan
            let dot = name.firstIndex(of: ".")!
            let i = edited.measureIndex(String(name[..<dot]))!
            edited.measures[i].fields[String(name[name.index(after: dot)...])] = .number(value)
            // Every earlier patch is still in force.
            let expected = work.scenario(applying: handles)
            expectSame(work.projection, try fresh(expected), name)
            #expect(expected.measures[i].fields == edited.measures[i].fields)
        }
    }

    @Test func patchedParametersReloadDefaultsAndBAU() throws {
        var work = try PatchableScenario(baseline: Self.baseline, scenario: Self.plan)
        for (key, value) in [("growth.industry", 0.07), ("boiler.hours", 2500), ("coef.tce.coal", 0.75),
                             ("profile.heating.m12", 20), ("goal.intensity_change", -0.03), ("assumptions.motors.efficiency_gain", 0.02)] {
            let h = try work.handle(key)
            #expect(h.entersBAU == (key == "growth.industry" || key == "coef.tce.coal"))
            try work.set(h, to: value)
            evaluates(&work)
            let plain = key.hasPrefix("assumptions.") ? String(key.dropFirst("assumptions.".count)) : key
            var edited = Self.plan
            edited.assumptions[plain] = value
            var expected = try fresh(edited)
            expectSame(work.projection, expected, key)
            // Back to the baseline value: the same as the plan again.
            try work.set(h, to: Self.baseline.value(plain)!)
            evaluates(&work)
            expected = try fresh(Self.plan)
            expectSame(work.projection, expected, key + " restored")
        }
    }

    @Test func refusedValuesSayWhyAndChangeNothing() throws {
        var work = try PatchableScenario(baseline: Self.baseline, scenario: Self.plan)
        evaluates(&work)
        let before = work.projection.intensityChange
        func refused(_ name: String, _ value: Double, _ message: String) throws {
            let h = try work.handle(name)
            #expect(throws: ModelIssue(name, message)) { try work.set(h, to: value) }
        }
        try refused("pv-mazhai.capacity_mw", -1, "expected a number ≥ 0 in MW, got -1")
        try refused("industrial_wastewater.percent", 1.5, "expected a fraction 0…1, got 1.5")
        try refused("motors.start_month", 14, "expected a whole month 1…13 (13: not in 2015), got 14")
        try refused("oil_to_gas.count.bus", 2.5, "expected a whole number of vehicles ≥ 0, got 2.5")
        try refused("growth.industry", -1, "expected a rate above -1 (−100 %), got -1")
        evaluates(&work)
        #expect(work.projection.intensityChange == before)

        #expect(throws: ModelIssue("pv-mazhai.profile", "profile holds a name, not a number; only numeric fields can be patched")) {
            try work.handle("pv-mazhai.profile")
        }
        #expect(throws: ModelIssue("growth.industy", "unknown key (did you mean 'growth.industry'?): expected MEASURE.FIELD or a parameter key of the baseline")) {
            try work.handle("growth.industy")
        }
        #expect(throws: ModelIssue.self) { try work.handle("township.mazhai.energy_share.industry") }
        #expect(throws: ModelIssue.self) { try work.handle("pv-mazhai.capacity_kw") }
    }

    @Test func yellowLabelCountsStayWithinTheStock() throws {
        var s = Self.plan
        s.measures.append(Measure(id: "yl", lever: .yellowLabel, fields: ["count.taxi": .number(0)]))
        var work = try PatchableScenario(baseline: Self.baseline, scenario: s)
        let stock = Self.baseline.value("vehicle.taxi.yellow_stock")!
        // The plan retires the whole stock already: no room left for the second measure.
        let h = try work.handle("yl.count.taxi")
        #expect(h.range.upper == 0 && h.range.isInteger)
        #expect(throws: ModelIssue("yl.count.taxi", "retires \(formatNumber(stock + 1)) taxi vehicles; vehicle.taxi.yellow_stock is \(formatNumber(stock))")) {
            try work.set(h, to: 1)
        }
        let plan = try work.handle("yellow_label.count.taxi")
        #expect(plan.range.upper == stock)
        try work.set(plan, to: stock - 1)
        try work.set(h, to: 1)
        evaluates(&work)
    }

    @Test func aRefusalByTheModelNamesTheMeasures() throws {
        var work = try PatchableScenario(baseline: Self.baseline, scenario: Self.plan)
        let h = try work.handle("key_enterprises.saving_tce")
        try work.set(h, to: 1e9)
        let refusedByModel = !work.evaluate(); #expect(refusedByModel)
        var edited = Self.plan
        edited.measures[edited.measureIndex("key_enterprises")!].fields["saving_tce"] = .number(1e9)
        do {
            _ = try Engine.project(baseline: Self.baseline, scenario: edited)
            Issue.record("expected a refusal")
        } catch {
            #expect(error.issues == [work.failureIssue!])
        }
        // A valid value afterwards evaluates again.
        try work.set(h, to: 21_400)
        evaluates(&work)
        expectSame(work.projection, try fresh(Self.plan), "after refusal")
    }
}
