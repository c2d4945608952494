import Testing

@testable import ErqiModel

/// The shortcuts compile and results take to allocate and compare less (issue 10, item 1) give
/// the answers of the plain ways they replace.
@Suite struct CompileFastPathTests {
    @Test func commonFieldNamesAreFoundByLengthAndText() {
        #expect(CommonFieldName(CommonField.note) == .note)
        #expect(CommonFieldName(CommonField.sector) == .sector)
        #expect(CommonFieldName(CommonField.profile) == .profile)
        #expect(CommonFieldName(CommonField.township) == .township)
        #expect(CommonFieldName(CommonField.startMonth) == .startMonth)
        // Every common field has its own length, so that one comparison settles it.
        #expect(Set(CommonField.all.map(\.utf8.count)).count == CommonField.all.count)
        for other in ["nope", "notes", "sectors", "capacity_mw", "start_monty", "", "count.bus"] {
            #expect(CommonFieldName(other) == nil, "\(other)")
        }
    }

    @Test func leverIDsAreFoundAsByRawValue() {
        for kind in LeverKind.allCases { #expect(LeverKind(id: kind.rawValue) == kind) }
        for other in ["", "motor", "motorS", "rooftop-pv", "industrial_wastewatex", "coal_to_gas "] {
            #expect(LeverKind(id: other) == nil && LeverKind(rawValue: other) == nil, "\(other)")
        }
    }

    @Test func repeatedIDsAreFoundInShortAndLongLists() {
        let short = ["a", "b", "a", "c", "b", "a"].map { Measure(id: $0, lever: .motors) }
        #expect(CompiledScenario.repeatedIDs(short) == [2, 4, 5])
        #expect(CompiledScenario.repeatedIDs([]) == [])
        #expect(CompiledScenario.repeatedIDs([Measure(id: "x", lever: .motors)]) == [])
        // Over 64 measures the set takes over, with the same answer.
        var long = (0..<100).map { Measure(id: "m\($0)", lever: .motors) }
        long.append(Measure(id: "m7", lever: .motors))
        long.append(Measure(id: "m99", lever: .motors))
        #expect(CompiledScenario.repeatedIDs(long) == [100, 101])
    }

    @Test func leverBoxesAgreeWithTheSpecs() {
        for kind in LeverKind.allCases {
            let box = LeverCatalog.boxes[kind.index]
            let spec = LeverCatalog.spec(kind)
            #expect(box.spec == spec)
            for (i, f) in spec.fields.enumerated() where f.kind != .vehicleCount {
                #expect(box.fieldIndex(f.name) == spec.fieldIndex(f.name))
                #expect(box.fieldIndex(f.name) == i)
            }
            for name in ["count.bus", "count.", "unknown", "note", ""] {
                #expect(box.fieldIndex(name) == spec.fieldIndex(name), "\(kind.id) \(name)")
            }
            for (i, f) in spec.fields.enumerated() {
                for v in [0, 0.5, 1, 1.5, 2, 1e12, -1, .infinity, -.infinity, .nan] {
                    #expect(box.problem(v, field: i) == f.problem(v), "\(kind.id).\(f.name) \(v)")
                }
            }
        }
    }

    @Test func aResultThatIsFiniteNamesNothingAndOneThatIsNotIsNamed() throws {
        let baseline = TestBaseline.make()
        let scenario = Scenario(name: "s", measures: [Measure(id: "m", lever: .motors, fields: ["capacity_kw": .number(100)])])
        var r = try Engine.project(baseline: baseline, scenario: scenario)
        #expect(r.allFinite && r.firstNonFinite() == nil)
        // Finite numbers whose sum overflows are still finite.
        r.totals.gdp2014 = .greatestFiniteMagnitude
        r.totals.gdp2015 = .greatestFiniteMagnitude
        #expect(r.firstNonFinite() == nil)
        r.townships[0].intensityChange = .nan
        #expect(!r.allFinite)
        #expect(r.firstNonFinite()?.path == "townships.\(r.townships[0].id).intensity_change")
        r.townships[0].intensityChange = 0
        r.measures[0].gdpChange = -.infinity
        #expect(r.firstNonFinite()?.path == "measures.m.gdp_change")
        r.measures[0].gdpChange = 0
        r.goals[0].margin = .infinity
        #expect(r.firstNonFinite()?.path == "goals.\(r.goals[0].id)")
    }
}
