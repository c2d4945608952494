import ErqiFiles
import ErqiModel
import Testing

/// `null` on an inherited assumption, measure field or option unsets it, so that a scenario
/// saved against its parent after `assume KEY default`, `unset ID.FIELD` or `option
/// pv_accounting default` loads back as it was saved (before, the parent's value came back
/// silently).
@Suite struct ScenarioUnsetTests {
    let parent = Scenario(
        name: "parent", assumptions: ["growth.industry": 0.1, "growth.commercial": 0.09], pvAccounting: .counted,
        measures: [Measure(id: "kep", lever: .keyEnterprises, fields: ["saving_tce": .number(20_000), "start_month": .number(3)])])

    @Test func aChildThatDropsInheritedValuesSavesNullsAndLoadsBackTheSame() throws {
        var child = parent
        child.name = "child"; child.extends = "parent"
        child.assumptions["growth.industry"] = nil
        child.pvAccounting = nil
        child.measures[0].fields["start_month"] = nil
        let text = ScenarioCodec.text(child, parent: parent)
        #expect(text.contains("\"growth.industry\": null"))
        #expect(text.contains("\"start_month\": null"))
        #expect(text.contains("\"pv_accounting\": null"))
        #expect(!text.contains("growth.commercial") && !text.contains("saving_tce"))
        let file = try ScenarioCodec.decode(text, file: "child.json")
        #expect(file.unsetAssumptions == ["growth.industry"] && file.unsetsPVAccounting)
        #expect(ScenarioCodec.text(file) == text, "fmt keeps the nulls")
        let back = try file.merged(onto: parent, file: "child.json")
        #expect(back == child)
    }

    @Test func nullWithNothingInheritedToUnsetIsAnErrorNamingThePath() throws {
        func errors(_ json: String, parent: Scenario?) -> [String] {
            do {
                _ = try ScenarioCodec.decode(json, file: "c.json").merged(onto: parent, file: "c.json")
                return []
            } catch { return error.errors.map(\.description) }
        }
        let head = #"{"format": "erqi-scenario", "version": 1, "name": "c", "extends": "parent", "#
        #expect(errors(head + #""assumptions": {"growth.industri": null}, "measures": {}}"#, parent: parent) == [
            #"c.json: assumptions.growth.industri: null unsets an inherited assumption, but "parent" has no assumption "growth.industri" (did you mean 'growth.industry'?)"#,
        ])
        #expect(errors(head + #""measures": {"kep": {"start_mont": null}}}"#, parent: parent) == [
            #"c.json: measures.kep.start_mont: null unsets an inherited field, but the inherited measure "kep" does not set "start_mont" (did you mean 'start_month'?)"#,
        ])
        #expect(errors(head + #""measures": {"motors": {"hours": null}}}"#, parent: parent) == [
            #"c.json: measures.motors.hours: null unsets an inherited field, but "motors" is not an inherited measure"#,
        ])
        var plain = parent
        plain.pvAccounting = nil
        #expect(errors(head + #""options": {"pv_accounting": null}, "measures": {}}"#, parent: plain) == [
            #"c.json: options.pv_accounting: null unsets an inherited option, but "parent" does not set pv_accounting"#,
        ])
        let alone = #"{"format": "erqi-scenario", "version": 1, "name": "c", "assumptions": {"growth.industry": null}, "measures": {}}"#
        #expect(errors(alone, parent: nil) == ["c.json: assumptions.growth.industry: null unsets an inherited assumption, but this scenario extends nothing"])
    }
}
