import ErqiTestSupport
import Testing
@testable import ErqiModel

/// Random scenarios, sizes from zero to absurd: the engine returns a result or validation
/// errors, never crashes, never reports a non-finite number in a result it accepts.
@Suite struct RandomScenarioTests {
    @Test func randomScenariosNeverCrash() {
        var rng = SeededGenerator(seed: 14)
        let baseline = TestBaseline.make()
        let magnitudes: [Double] = [0, 0.001, 0.5, 1, 3, 50, 1e4, 1e9, 1e300, -1, 13, 14]
        var accepted = 0, rejected = 0
        for _ in 0..<2_000 {
            var measures: [Measure] = []
            for m in 0..<Int.random(in: 0...5, using: &rng) {
                let lever = LeverKind.allCases.randomElement(using: &rng)!
                var fields: [String: FieldValue] = [:]
                let names = lever.spec.fields.map { $0.kind == .vehicleCount ? "count.bus" : $0.name }
                    + ["start_month", "township", "profile", "sector", "bogus"]
                for name in names where Bool.random(using: &rng) {
                    switch name {
                    case "township": fields[name] = .text(["a", "b", "c"].randomElement(using: &rng)!)
                    case "profile": fields[name] = .text(["flat", "heating", "solar", "x"].randomElement(using: &rng)!)
                    case "sector": fields[name] = .text(Sector.allCases.randomElement(using: &rng)!.id)
                    default: fields[name] = .number(magnitudes.randomElement(using: &rng)!)
                    }
                }
                measures.append(Measure(id: "m\(m)", lever: lever, fields: fields))
            }
            var scenario = Scenario(name: "random", measures: measures)
            if Bool.random(using: &rng) { scenario.pvAccounting = .counted }
            if Bool.random(using: &rng) { scenario.assumptions["growth.industry"] = magnitudes.randomElement(using: &rng)! }
            do {
                let r = try Engine.project(baseline: baseline, scenario: scenario)
                accepted += 1
                #expect(r.totals.energy2015Tce.isFinite && r.totals.intensityChange.isFinite)
                #expect(r.goals.allSatisfy { $0.value.isFinite && $0.margin.isFinite })
            } catch {
                rejected += 1
                #expect(error.issues.allSatisfy { !$0.message.isEmpty })
            }
        }
        #expect(accepted > 100 && rejected > 100)
    }
}
