import ErqiFiles
import ErqiTestSupport
import Testing
@testable import ErqiModel

/// The projection of sectors with year-to-date figures (docs/MODEL.md §14) against figures
/// worked by hand, and its invariants on the shipped baseline.
@Suite struct ActualsProjectionTests {
    /// Industry on the test baseline (flat monthly shapes: it has none): BAU 2015 = 23,000 · 1.1
    /// = 25,300 tce. Two measures, k = 6:
    /// - key enterprises, 1,200 tce a year from March: fraction 10/12, dT = −1,000 tce;
    ///   F = (March…June) / (March…December) = 4/10 = 0.4;
    /// - industrial efficiency 2.4 % from September: fraction 4/12, dT = −0.024 · 25,300 / 3
    ///   = −202.4 tce; F = 0 (not started by June).
    /// W = 6/12 = 0.5; M = 25,300 · 0.5 − 1,000 · 0.4 − 202.4 · 0 = 12,250 tce.
    /// A = 12,495 tce, so r = 1.02;
    /// T15 = 1.02 · 25,300 − 1,000 · (1 + 0.02 · 0.4) − 202.4 · 1 = 25,806 − 1,008 − 202.4 = 24,595.6;
    /// the model alone: 25,300 − 1,202.4 = 24,097.6; surprise 498.
    static func industryScenario(actual: Double = 12_495) -> Scenario {
        Scenario(name: "h1", measures: [
            Measure(id: "key_enterprises", lever: .keyEnterprises, fields: ["saving_tce": .number(1_200), "start_month": .number(3)]),
            Measure(id: "industrial_efficiency", lever: .industrialEfficiency,
                    fields: ["percent": .number(0.024), "start_month": .number(9)]),
        ], actuals: Actuals(throughMonth: 6, energyTce: [.industry: actual]))
    }

    @Test func oneSectorWorkedByHand() throws {
        let r = try TestBaseline.project(Self.industryScenario())
        let line = try #require(r.actuals?.energy.first)
        #expect(r.actuals?.energy.count == 1 && line.sector == "industry")
        #expect(close(line.bauShare, 0.5))
        #expect(close(line.modelYearToDate, 12_250))
        #expect(close(line.ratio, 1.02))
        #expect(close(line.projected, 24_595.6))
        #expect(close(line.model, 24_097.6))
        #expect(close(line.surprise, 498))
        #expect(close(r.actuals!.measureShares[0], 0.4) && r.actuals!.measureShares[1] == 0)
        // The district: BAU 58,190 tce (industry 25,300, transport 8,250, residential 12,705,
        // commercial 8,800, public 2,200, agriculture 110, construction 825); the model's 2015
        // 58,190 − 1,202.4 = 56,987.6, and with the figure 498 more.
        #expect(close(r.totals.energyBAU2015Tce, 58_190))
        #expect(close(r.totals.energy2015Tce, 57_485.6))
        #expect(close(r.energy2015BySectorTce[Sector.industry.rawValue], 24_595.6))
        // The measures keep their planned effects.
        #expect(close(r.measures[0].energySavingTce, 1_000) && close(r.measures[1].energySavingTce, 202.4))
        // Industry's SO₂ (110 t in BAU) follows its energy: 110 · 24,595.6 / 25,300, plus
        // residential 52.5 and commercial 5.5.
        #expect(close(r.totals.so2_2015_t, 110 * 24_595.6 / 25_300 + 52.5 + 5.5))
        // Township a holds 80 % of industry and half of the rest (32,890 tce of BAU):
        // 0.8 · (1.02 · 25,300 − 1,008 − 202.4) + 0.5 · 32,890 = 19,676.48 + 16,445.
        #expect(close(r.townships[0].energy2015Tce, 36_121.48))
        #expect(close(r.townships[0].energy2015Tce + r.townships[1].energy2015Tce, r.totals.energy2015Tce))
    }

    /// Industry value added: BAU 110,000 万元; backward capacity removing 1,200 万元 a year from
    /// March: dVA = −1,000, F = 0.4. M = 55,000 − 400 = 54,600; B = 55,692 gives r = 1.02;
    /// VA15 = 1.02 · 110,000 − 1,000 · 1.008 = 111,192; GDP 364,100 − 110,000 + 111,192.
    @Test func valueAddedWorkedByHand() throws {
        let s = Scenario(name: "va", measures: [
            Measure(id: "backward_capacity", lever: .backwardCapacity,
                    fields: ["energy_tce": .number(0), "value_added": .number(1_200), "start_month": .number(3)]),
        ], actuals: Actuals(throughMonth: 6, valueAdded: [.industry: 55_692]))
        let r = try TestBaseline.project(s)
        let line = try #require(r.actuals?.valueAdded.first)
        #expect(close(line.modelYearToDate, 54_600) && close(line.ratio, 1.02))
        #expect(close(line.projected, 111_192) && close(line.model, 109_000))
        #expect(close(r.totals.gdp2015, 364_100 - 110_000 + 111_192))
        #expect(close(r.townships[0].gdp2015 + r.townships[1].gdp2015, r.totals.gdp2015))
        // Township a: 70 % of industry, half of the other producing sectors (254,100 万元 of BAU).
        #expect(close(r.townships[0].gdp2015, 0.7 * (1.02 * 110_000 - 1_008) + 0.5 * 254_100))
    }

    /// A figure equal to the model's own year to date leaves every figure as without actuals.
    @Test func ratioOneReproducesTheModelExactly() throws {
        let baseline = try BaselineStore.embedded()
        var scenario = try ScenarioLoader.load(path: Repository.root + "/scenarios/plan-2015.json")
        let plain = try Engine.project(baseline: baseline, scenario: scenario)
        for k in [1, 6, 11] {
            // First any figure, to read the model's year to date; then that figure itself.
            let probe = Actuals(throughMonth: k, energyTce: Dictionary(uniqueKeysWithValues: Sector.allCases.map { ($0, 1e7) }),
                                valueAdded: Dictionary(uniqueKeysWithValues: Sector.allCases.filter(\.producesValueAdded).map { ($0, 1e8) }))
            scenario.actuals = probe
            let first = try Engine.project(baseline: baseline, scenario: scenario)
            var same = Actuals(throughMonth: k)
            for l in first.actuals!.energy { same.energyTce[Sector(id: l.sector)!] = l.modelYearToDate }
            for l in first.actuals!.valueAdded { same.valueAdded[Sector(id: l.sector)!] = l.modelYearToDate }
            scenario.actuals = same
            let r = try Engine.project(baseline: baseline, scenario: scenario)
            #expect(r.actuals!.energy.count == 7 && r.actuals!.valueAdded.count == 6)
            for l in r.actuals!.energy + r.actuals!.valueAdded { #expect(close(l.ratio, 1, 1e-12) && close(l.projected, l.model)) }
            var withoutSection = r
            withoutSection.actuals = nil
            #expect(Self.agree(withoutSection, plain), "k = \(k)")
        }
    }

    /// Every number of two results within 1e-9 relative.
    static func agree(_ a: ScenarioResult, _ b: ScenarioResult) -> Bool {
        func numbers(_ r: ScenarioResult) -> [Double] {
            let t = r.totals
            var out = [t.gdp2015, t.energy2015Tce, t.energyBAU2015Tce, t.intensityChange, t.energyGapTce, t.co2_2015_t,
                       t.so2_2015_t, t.nox_2015_t, t.pm_2015_t, t.codIndustrial2015_t]
            out += r.energy2015BySectorTce + r.energy2015ByFuelTce
            out += r.goals.flatMap { [$0.value, $0.margin] }
            out += r.townships.flatMap { [$0.energy2015Tce, $0.gdp2015, $0.intensityChange, $0.energyGapTce] }
            out += r.measures.flatMap { [$0.energySavingTce, $0.co2ReductionT] }
            return out
        }
        let x = numbers(a), y = numbers(b)
        return x.count == y.count && zip(x, y).allSatisfy { close($0, $1) || abs($0 - $1) < 1e-9 }
            && a.goals.map(\.met) == b.goals.map(\.met)
    }

    @Test func townshipsStillSumToTheDistrict() throws {
        let baseline = try BaselineStore.embedded()
        let scenario = try ScenarioLoader.load(path: Repository.root + "/scenarios/plan-2015-h1.json")
        let r = try Engine.project(baseline: baseline, scenario: scenario)
        #expect(r.actuals != nil)
        #expect(close(r.townships.map(\.energy2015Tce).reduce(0, +), r.totals.energy2015Tce))
        #expect(close(r.townships.map(\.gdp2015).reduce(0, +), r.totals.gdp2015))
        #expect(close(r.energy2015BySectorTce.reduce(0, +), r.totals.energy2015Tce))
    }

    @Test func withoutActualsTheResultHasNoSection() throws {
        let r = try TestBaseline.project(Self.industryScenario(actual: 1).withoutActuals)
        #expect(r.actuals == nil)
    }

    /// The sector profile keys are typed and sit in the layout; a missing shape is flat.
    @Test func sectorProfileKeys() {
        let key = ParameterKey(text: "profile.energy.industry.m07")
        #expect(key == .sectorProfile(.energy, .industry, month: 7))
        #expect(key?.text == "profile.energy.industry.m07")
        #expect(ParameterKey(text: "profile.va.commercial.m12") == .sectorProfile(.valueAdded, .commercial, month: 12))
        #expect(ParameterKey(text: "profile.energy.steel.m01") == nil)
        #expect(ParameterKey(text: "profile.energy.industry.m13") == nil)
        let layout = TestBaseline.make().index.layout
        let slots = Set(layout.keys.compactMap { layout.slot($0) })
        #expect(slots.count == layout.count)
    }

    @Test func invalidFiguresAreModelIssues() {
        func issues(_ a: Actuals) -> [String] {
            do { _ = try Engine.project(baseline: TestBaseline.make(), scenario: Scenario(name: "x", actuals: a)); return [] } catch { return error.issues.map(\.description) }
        }
        #expect(issues(Actuals(energyTce: [.industry: 5])) == ["actuals.through_month: missing: the figures need the last month they cover, 1…11"])
        #expect(issues(Actuals(throughMonth: 12)) == ["actuals.through_month: expected a month 1…11 (the figures cover January to that month), got 12"])
        #expect(issues(Actuals(throughMonth: 6, energyTce: [.industry: 0])) == ["actuals.energy_tce.industry: expected a number of tce > 0, got 0"])
        #expect(issues(Actuals(throughMonth: 6, valueAdded: [.residential: 5]))
                == ["actuals.value_added.residential: residential has no value added; expected one of agriculture, industry, construction, transport, commercial, public"])
    }

    /// A sector the model gives no energy cannot take a figure: the error names the input.
    @Test func aFigureOnAnEmptySectorIsAnError() {
        var s = Scenario(name: "x", assumptions: ["energy.agriculture.electricity": 0],
                         actuals: Actuals(throughMonth: 6, energyTce: [.agriculture: 50]))
        var message = ""
        do { _ = try Engine.project(baseline: TestBaseline.make(), scenario: s) } catch { message = error.description }
        #expect(message.hasPrefix("actuals.energy_tce.agriculture: the model puts 0 tce in agriculture's year to date"))
        // A figure so small that the measures left would take the year below zero.
        s = Self.industryScenario(actual: 10)
        do { _ = try Engine.project(baseline: TestBaseline.make(), scenario: s); Issue.record("accepted") } catch {
            #expect(error.description.contains("actuals.energy_tce.industry: the figure projects industry's 2015 energy to"))
        }
    }

    /// The evaluation with actuals allocates nothing new: the same projection storage is
    /// reused, and evaluating twice gives the same figures.
    @Test func evaluationIsRepeatable() throws {
        let compiled = try CompiledScenario(baseline: TestBaseline.make(), scenario: Self.industryScenario())
        var p = Projection(for: compiled)
        #expect(compiled.evaluate(into: &p))
        let first = p.energy2015
        #expect(compiled.evaluate(into: &p))
        #expect(p.energy2015 == first)
        #expect(close(p.tceBySector[Sector.industry.rawValue], 24_595.6))
    }
}

extension Scenario {
    var withoutActuals: Scenario {
        var s = self
        s.actuals = nil
        return s
    }
}

extension ActualsProjectionTests {
    /// The engine's projection of a sector agrees with `YearToDate.project` on the same numbers.
    @Test func engineAgreesWithTheArithmeticOnArrays() throws {
        for actual in [12_495.0, 11_000, 14_000] {
            let r = try TestBaseline.project(Self.industryScenario(actual: actual))
            let line = try #require(r.actuals?.energy.first)
            let p = try #require(YearToDate.project(
                actual: actual, bau: 25_300, bauWeights: [],
                measures: [.init(change: -1_000, startMonth: 3), .init(change: -202.4, startMonth: 9)], throughMonth: 6))
            #expect(close(line.modelYearToDate, p.modelYearToDate) && close(line.ratio, p.ratio))
            #expect(close(line.projected, p.projected) && close(line.model, p.model))
        }
    }
}

extension ActualsProjectionTests {
    /// The test baseline with a monthly shape for industry's energy.
    static func shaped(_ weights: [Double]) -> Baseline {
        var b = TestBaseline.make()
        var p = b.parameters
        for (i, w) in weights.enumerated() {
            p.append(Parameter(key: ParameterKey.sectorProfile(.energy, .industry, month: i + 1).text, value: w, unit: "weight", source: "test"))
        }
        b = Baseline(id: b.id, title: b.title, sources: b.sources, townships: b.townships,
                     vehicleClasses: b.vehicleClasses, parameters: p)
        return b
    }

    /// A shaped sector: W(k) comes from the baseline's weights, as `YearToDate.project` computes it.
    @Test func theSectorsShapeGivesW() throws {
        let heating: [Double] = [31, 28, 15, 5, 5, 5, 5, 5, 5, 5, 16, 31]
        let r = try Engine.project(baseline: Self.shaped(heating), scenario: Self.industryScenario())
        let line = try #require(r.actuals?.energy.first)
        #expect(close(line.bauShare, 89.0 / 156.0))
        let p = try #require(YearToDate.project(
            actual: 12_495, bau: 25_300, bauWeights: heating,
            measures: [.init(change: -1_000, startMonth: 3), .init(change: -202.4, startMonth: 9)], throughMonth: 6))
        #expect(close(line.modelYearToDate, p.modelYearToDate) && close(line.projected, p.projected))
    }

    /// A shape is all twelve months with weight, or absent.
    @Test func aPartialShapeIsABaselineError() {
        var weights = [Double](repeating: 1, count: 12)
        #expect(Self.shaped(weights).validate().isEmpty)
        weights = [Double](repeating: 0, count: 12)
        #expect(Self.shaped(weights).validate().map(\.description)
                == ["parameters (profile.energy.industry.m01…m12): a monthly shape needs a positive total weight"])
        let eleven = Self.shaped([Double](repeating: 1, count: 11))
        #expect(eleven.validate().map(\.description)
                == ["parameters (profile.energy.industry.m01…m12): a monthly shape needs all twelve months; missing profile.energy.industry.m12"])
    }
}
