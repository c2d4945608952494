import ErqiFiles
import Testing
@testable import ErqiModel

/// The typed table of parameter keys: every key the model reads round-trips through its text,
/// and the rules agree with the baseline's values.
@Suite struct ParameterKeyTests {
    @Test func everySlotKeyRoundTripsThroughItsText() throws {
        let baseline = try BaselineStore.embedded()
        let layout = baseline.index.layout
        for (slot, key) in layout.keys.enumerated() {
            #expect(ParameterKey(text: key.text) == key, "\(key.text)")
            #expect(layout.slot(key) == slot, "\(key.text)")
            #expect(baseline.index.slot(key.text) == slot)
        }
        #expect(baseline.index.missingRequired.isEmpty)
    }

    @Test func theIndexHoldsTheBaselineValues() throws {
        let baseline = try BaselineStore.embedded()
        for (slot, text) in baseline.index.keyText.enumerated() where baseline.index.present[slot] {
            #expect(baseline.index.values[slot] == baseline.value(text))
        }
        #expect(baseline.index.values[baseline.index.layout.slot(.boilerHours)] == baseline.value("boiler.hours"))
    }

    @Test func rulesByTypedKey() {
        #expect(ParameterRules.problem(key: "growth.industry", value: -1) != nil)
        #expect(ParameterRules.problem(key: "growth.population", value: -0.5) == nil)
        #expect(ParameterRules.problem(key: "township.mazhai.energy_share.industry", value: 1.2) == "expected a fraction 0…1, got 1.2")
        #expect(ParameterRules.problem(key: "vehicle.bus.km", value: 0) == "expected a number > 0, got 0")
        #expect(ParameterRules.problem(key: "stove.eff_electric", value: 2.5) == nil)
        #expect(ParameterRules.problem(key: "stove.eff_gas", value: 1.5) != nil)
        #expect(ParameterRules.problem(key: "pricing.elasticity", value: 0.1) == "expected an elasticity ≤ 0, got 0.1")
        #expect(ParameterRules.problem(key: "goal.smokeless_deadline_month", value: 9.5) != nil)
        #expect(ParameterRules.problem(key: "ef.something", value: -1) == "expected a number ≥ 0, got -1")
    }

    @Test func everyLeverDefaultIsAConstantOfTheTable() {
        for spec in LeverCatalog.all {
            #expect(spec.kind.spec.kind == spec.kind)
            for c in spec.constants { #expect(ModelConstant(key: c.key) == c) }
        }
        #expect(LeverCatalog.all.count == LeverKind.allCases.count)
    }
}
