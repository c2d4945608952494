import ErqiTestSupport
import Testing
@testable import ErqiModel

/// Issue 13, item 9: properties over thousands of random valid scenarios (seeded, so a failure
/// repeats): the measures' wedges add up to the district's change, the townships sum to the
/// district, and adding more of a saving lever never raises energy or CO2.
@Suite struct PropertyTests {
    static let monotoneLevers: [(LeverKind, String)] = [
        (.rooftopPV, "capacity_mw"), (.coalToGas, "capacity_tph"), (.smokelessZone, "area_km2"),
        (.yellowLabel, "count.bus"), (.keyEnterprises, "saving_tce"), (.motors, "capacity_kw"),
        (.industrialEfficiency, "percent"), (.greenBuildings, "retrofit_m2"), (.publicInstitutions, "percent"),
    ]

    /// A random scenario of sensible sizes (most of them valid).
    static func random(_ rng: inout SeededGenerator) -> Scenario {
        let sizes: [Double] = [0, 0.001, 0.01, 0.05, 0.2, 1, 3, 20, 300]
        var measures: [Measure] = []
        for m in 0..<Int.random(in: 0...6, using: &rng) {
            let lever = LeverKind.allCases.randomElement(using: &rng)!
            var fields: [String: FieldValue] = [:]
            for field in lever.spec.fields where Bool.random(using: &rng) {
                let name = field.kind == .vehicleCount ? "count.bus" : field.name
                fields[name] = .number(sizes.randomElement(using: &rng)!)
            }
            if Bool.random(using: &rng) { fields["start_month"] = .number(Double(Int.random(in: 1...13, using: &rng))) }
            if Bool.random(using: &rng) { fields["township"] = .text(["a", "b"].randomElement(using: &rng)!) }
            measures.append(Measure(id: "m\(m)", lever: lever, fields: fields))
        }
        var s = Scenario(name: "random", measures: measures)
        if Bool.random(using: &rng) { s.pvAccounting = .counted }
        if Bool.random(using: &rng) { s.assumptions["growth.industry"] = [0, 0.05, 0.3].randomElement(using: &rng)! }
        return s
    }

    static func near(_ a: Double, _ b: Double, scale: Double) -> Bool { abs(a - b) <= 1e-9 * max(scale, 1) }

    @Test func wedgesAndTownshipsAddUpInRandomValidScenarios() {
        var rng = SeededGenerator(seed: 2015)
        let baseline = TestBaseline.make()
        var checked = 0
        for _ in 0..<4_000 {
            guard let r = try? Engine.project(baseline: baseline, scenario: Self.random(&rng)) else { continue }
            checked += 1
            let t = r.totals
            let scale = t.energyBAU2015Tce
            let wedges = r.measures.reduce(0) { $0 + $1.energySavingTce }
            #expect(Self.near(t.energyBAU2015Tce - t.energy2015Tce, wedges, scale: scale), "\(r.scenario): wedges \(wedges)")
            #expect(Self.near(r.townships.reduce(0) { $0 + $1.energy2015Tce }, t.energy2015Tce, scale: scale))
            #expect(Self.near(r.townships.reduce(0) { $0 + $1.energy2014Tce }, t.energy2014Tce, scale: scale))
            #expect(Self.near(r.townships.reduce(0) { $0 + $1.gdp2015 }, t.gdp2015, scale: t.gdp2015))
        }
        #expect(checked >= 1_000, "only \(checked) random scenarios were valid")
    }

    @Test func moreOfASavingLeverNeverRaisesEnergyInRandomScenarios() {
        var rng = SeededGenerator(seed: 14)
        let baseline = TestBaseline.make()
        var checked = 0
        for i in 0..<2_000 {
            var scenario = Self.random(&rng)
            let (lever, field) = Self.monotoneLevers[i % Self.monotoneLevers.count]
            let small = lever == .industrialEfficiency || lever == .publicInstitutions ? 0.01 : 2.0
            scenario.measures.append(Measure(id: "probe", lever: lever, fields: [field: .number(small)]))
            guard let a = try? Engine.project(baseline: baseline, scenario: scenario) else { continue }
            scenario.measures[scenario.measures.count - 1].fields[field] = .number(small * 2)
            guard let b = try? Engine.project(baseline: baseline, scenario: scenario) else { continue }
            checked += 1
            let scale = a.totals.energyBAU2015Tce
            #expect(b.totals.energy2015Tce <= a.totals.energy2015Tce + 1e-9 * scale, "\(lever.id).\(field) doubled raised energy")
            #expect(b.totals.co2_2015_t <= a.totals.co2_2015_t + 1e-9 * max(a.totals.co2_2015_t, 1), "\(lever.id).\(field) doubled raised CO2")
        }
        #expect(checked >= 500, "only \(checked) probes were valid")
    }
}
