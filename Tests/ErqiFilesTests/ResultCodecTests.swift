import ErqiFiles
import ErqiModel
import ErqiTestSupport
import Foundation
import Testing

/// The result object of `erqi run --format json` against docs/FORMATS.md.
@Suite struct ResultCodecTests {
    /// The core keys of docs/FORMATS.md, copied from it (not from ResultKeys, so that a change shows).
    static let formatsTop = ["baseline", "departments", "energy_2015_by_fuel_tce", "energy_2015_by_sector_tce", "format",
                             "goals", "measures", "scenario", "totals", "townships", "version", "warnings"]
    static let formatsTotals = ["co2_2014_t", "co2_2015_t", "cod_household_2015_t", "cod_industrial_2015_t", "energy_2014_tce",
                                "energy_2015_tce", "energy_bau_2015_tce", "energy_gap_tce", "gdp_2014", "gdp_2015",
                                "intensity_2014", "intensity_2015", "intensity_change", "nh3n_household_2015_t",
                                "nh3n_industrial_2015_t", "nox_2015_t", "pm_2015_t", "pv_generation_mwh",
                                "smokeless_area_km2", "so2_2015_t"]
    static let formatsGoal = ["id", "limit", "margin", "met", "value"]
    /// With `energy_gap_tce`, the township's tce still to save (docs/MODEL.md, results).
    static let formatsTownship = ["energy_2014_tce", "energy_2015_tce", "energy_gap_tce", "gdp_2014", "gdp_2015", "id",
                                  "intensity_change", "met", "name", "target"]
    static let formatsMeasure = ["co2_reduction_t", "energy_saving_tce", "fraction_of_year", "id", "lever", "nox_reduction_t",
                                 "pm_reduction_t", "sector", "so2_reduction_t", "township"]
    static let formatsDepartment = ["co2_reduction_t", "energy_saving_tce", "unit"]

    static func keys(_ v: JSONValue?) -> [String] { (v?.objectMembers ?? []).map(\.key).sorted() }

    @Test func topLevelAndTotalsKeysAreExactlyFormatsMd() throws {
        let json = try JSONParser.parse(ResultCodec.text(try ResultFixture.plan()), file: "result")
        #expect(Self.keys(json) == Self.formatsTop)
        #expect(Self.keys(json["totals"]) == Self.formatsTotals)
        #expect(Self.keys(json["energy_2015_by_sector_tce"]) == Sector.allCases.map(\.id).sorted())
        #expect(Self.keys(json["energy_2015_by_fuel_tce"]) == Fuel.allCases.map(\.id).sorted())
        #expect(json["format"] == .string("erqi-result"))
        #expect(json["version"] == .number(1))
        #expect(json["scenario"] == .string("plan-2015"))
    }

    @Test func listEntriesHoldFormatsMdKeysPlusTheDocumentedAdditions() throws {
        let json = try JSONParser.parse(ResultCodec.text(try ResultFixture.plan()), file: "result")
        func elements(_ key: String) -> [JSONValue] {
            if case .array(let a) = json[key] { return a }
            return []
        }
        #expect(!elements("goals").isEmpty && !elements("measures").isEmpty && !elements("departments").isEmpty)
        for g in elements("goals") {
            #expect(Self.keys(g) == (Self.formatsGoal + ResultKeys.goalAdded).sorted())
        }
        #expect(elements("townships").count == 17)
        for t in elements("townships") { #expect(Self.keys(t) == Self.formatsTownship) }
        for m in elements("measures") {
            #expect(Self.keys(m) == (Self.formatsMeasure + ResultKeys.measureAdded).sorted())
        }
        for d in elements("departments") {
            #expect(Self.keys(d) == (Self.formatsDepartment + ResultKeys.departmentAdded).sorted())
        }
        #expect(ResultKeys.totals.sorted() == Self.formatsTotals)
        let goalIDs = elements("goals").compactMap { $0["id"]?.stringValue }
        #expect(Array(goalIDs.prefix(7)) == ["intensity", "cod_household", "cod_industrial", "nh3n_household",
                                             "nh3n_industrial", "smokeless_area", "key_enterprises"])
        #expect(goalIDs.dropFirst(7).allSatisfy { $0.hasPrefix("township.") })
    }

    /// docs/FORMATS.md's result example shows exactly the keys erqi writes: the core keys above
    /// plus the additions ResultKeys lists.
    @Test func keysMatchTheExampleInDocsFormats() throws {
        let path = ResultFixture.root + "/docs/FORMATS.md"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let opening = "```json\n{\n  \"format\": \"erqi-result\""
        let start = try #require(text.range(of: opening), "docs/FORMATS.md has no result example")
        let rest = text[start.upperBound...]
        let end = try #require(rest.range(of: "```"))
        let example = try JSONParser.parse("{\n  \"format\": \"erqi-result\"" + rest[..<end.lowerBound], file: path)
        #expect(Self.keys(example) == Self.formatsTop)
        #expect(Self.keys(example["totals"]) == Self.formatsTotals)
        func first(_ key: String) -> JSONValue? {
            if case .array(let items)? = example[key] { return items.first }
            return nil
        }
        #expect(Self.keys(first("goals")) == (Self.formatsGoal + ResultKeys.goalAdded).sorted())
        #expect(Self.keys(first("townships")) == Self.formatsTownship)
        #expect(Self.keys(first("measures")) == (Self.formatsMeasure + ResultKeys.measureAdded).sorted())
        #expect(Self.keys(first("departments")) == (Self.formatsDepartment + ResultKeys.departmentAdded).sorted())
    }

    @Test func numbersKeepFullDoublePrecision() throws {
        let r = try ResultFixture.plan()
        let json = try JSONParser.parse(ResultCodec.text(r), file: "result")
        #expect(json["totals"]?["intensity_change"] == .number(r.totals.intensityChange))
        #expect(json["totals"]?["energy_2014_tce"] == .number(r.totals.energy2014Tce))
        #expect(json["totals"]?["co2_2015_t"] == .number(r.totals.co2_2015_t))
        guard case .array(let goals) = json["goals"] else { Issue.record("goals is not an array"); return }
        #expect(goals[0]["margin"] == .number(r.goals[0].margin))
        #expect(goals[0]["met"] == .bool(r.goals[0].met))
    }

    @Test func keysAreSortedAndTheWriterIsCanonical() throws {
        let r = try ResultFixture.plan()
        let text = ResultCodec.text(r)
        #expect(text == JSONWriter.canonical(try JSONParser.parse(text, file: "result")))
        #expect(text.hasPrefix("{\n  \"baseline\": \"erqi-2014\",\n  \"departments\": ["))
    }

    @Test func jsonLinesAreOneCompactObjectPerLine() throws {
        let r = try ResultFixture.plan()
        let line = ResultCodec.line(r)
        #expect(line.hasSuffix("}\n"))
        #expect(line.dropLast().contains("\n") == false)
        #expect(try JSONParser.parse(line, file: "line") == JSONParser.parse(ResultCodec.text(r), file: "text"))
    }

    @Test func aMeasureWithoutTownshipOrTaskWritesNull() throws {
        let r = try ResultFixture.plan()
        let json = try JSONParser.parse(ResultCodec.text(r), file: "result")
        guard case .array(let measures) = json["measures"] else { Issue.record("measures is not an array"); return }
        let sewer = measures.first { $0["lever"] == .string("sewer_connection") }
        #expect(sewer?["plan_task"] == .null)
        #expect(sewer?["township"] == .null)
        let water = sewer?["nh3n_household_reduction_t"]?.numberValue ?? 0
        #expect(water > 0)
    }

    @Test func anArrayOfResultsIsCanonical() throws {
        let r = try ResultFixture.plan()
        #expect(ResultCodec.text([r, r]) == JSONWriter.canonical(.array([ResultCodec.encode(r), ResultCodec.encode(r)])))
    }
}

/// The seed baseline and the plan, projected once.
enum ResultFixture {
    /// The repository root.
    static let root = Repository.root

    static func plan() throws -> ScenarioResult {
        let baseline = try BaselineStore.load(path: root + "/seeds/baseline-2014.json")
        let scenario = try ScenarioLoader.load(path: root + "/scenarios/plan-2015.json")
        return try Engine.project(baseline: baseline, scenario: scenario)
    }
}
