import Testing
@testable import ErqiModel

/// A township's energy gap (docs/MODEL.md §5): E15 − (E14 / VA14) · (1 + target) · VA15.
@Suite struct TownshipGapTests {
    /// Business as usual on the test baseline. Township a: E14 = 0.8 · 23,000 + 0.5 · 30,450
    /// = 33,625 tce on VA14 = 0.7 · 100,000 + 0.5 · 231,000 = 185,500 万元; E15 = 0.8 · 25,300
    /// + 0.5 · 32,890 = 36,685 tce on 204,050 万元; allowed 0.98 · 33,625 · 1.1 = 36,247.75,
    /// gap 437.25 tce. Township b: 19,825 → 21,505 tce, allowed 0.98 · 19,825 · 1.1 =
    /// 21,371.35, gap 133.65 tce.
    @Test func businessAsUsualGapsWorkedByHand() throws {
        let r = try TestBaseline.project(Scenario(name: "bau"))
        let a = r.townships.first { $0.id == "a" }!, b = r.townships.first { $0.id == "b" }!
        #expect(close(a.energy2014Tce, 33_625) && close(a.energy2015Tce, 36_685))
        #expect(close(a.energyGapTce, 437.25))
        #expect(close(b.energyGapTce, 133.65))
        #expect(!a.met && !b.met)
    }

    /// 4.3725 MW of PV located in a (4,372.5 MWh · 0.1 tce/MWh = 437.25 tce) closes a's gap
    /// exactly and leaves b's as it was.
    @Test func aLocatedMeasureClosesItsTownshipsGap() throws {
        let s = Scenario(name: "pv", measures: [Measure(id: "pv-a", lever: .rooftopPV,
                                                        fields: ["capacity_mw": .number(4.3725), "township": .text("a")])])
        let r = try TestBaseline.project(s)
        #expect(abs(r.townships[0].energyGapTce) < 1e-8)
        #expect(close(r.townships[1].energyGapTce, 133.65))
    }
}
