import ErqiFiles
import ErqiModel
import ErqiTestSupport
import Testing

/// The shipped baseline and every shipped scenario, checked against an independent
/// re-computation of docs/MODEL.md in Python: scripts/reference_model.py wrote
/// Tests/calibration-expected.json, and `make check-generated` fails when the script would now
/// write something else. Every total, goal, township and measure figure the engine reports is
/// compared to 1e-9 relative.
@Suite struct CalibrationTests {
    /// The repository root.
    static let root = Repository.root
    /// The reference figures, one object per scenario file in scenarios/.
    static let expectedPath = root + "/Tests/calibration-expected.json"

    func project(_ name: String) throws -> ScenarioResult {
        let baseline = try BaselineStore.embedded()
        let scenario = try ScenarioLoader.load(path: Self.root + "/scenarios/\(name).json")
        return try Engine.project(baseline: baseline, scenario: scenario)
    }

    static func expected() throws -> JSONValue {
        try JSONParser.parse(try FileReader.bytes(atPath: expectedPath), file: expectedPath)
    }

    /// True when a and b agree to 1e-9 of `scale` (at least 1e-9 of the larger of the two).
    static func agree(_ a: Double, _ b: Double, scale: Double = 0) -> Bool {
        abs(a - b) <= 1e-9 * max(abs(a), abs(b), scale)
    }

    /// Compares every number and flag of `engine` that `reference` also holds; a key the engine
    /// writes but the reference lacks is a failure, so that no figure goes unchecked.
    static func compare(_ engine: JSONValue?, _ reference: JSONValue?, at path: String,
                        scale: Double = 0, skip: Set<String> = []) {
        guard let members = engine?.objectMembers else {
            Issue.record("\(path): the engine wrote no object")
            return
        }
        for (key, value) in members where !skip.contains(key) {
            let here = "\(path).\(key)"
            guard let ref = reference?[key] else {
                if case .number = value { Issue.record("\(here): missing from the reference figures") }
                if case .bool = value { Issue.record("\(here): missing from the reference figures") }
                continue
            }
            switch (value, ref) {
            case (.number(let a), .number(let b)):
                #expect(agree(a, b, scale: scale), "\(here): engine \(a), reference \(b)")
            case (.bool(let a), .bool(let b)):
                #expect(a == b, "\(here): engine \(a), reference \(b)")
            default: break
            }
        }
    }

    /// The elements of `key`'s array in `v`, by their `id`.
    static func byID(_ v: JSONValue?, _ key: String) -> [String: JSONValue] {
        guard case .array(let items)? = v?[key] else { return [:] }
        var out: [String: JSONValue] = [:]
        for item in items { if let id = item["id"]?.stringValue { out[id] = item } }
        return out
    }

    @Test func embeddedBaselineIsValid() throws {
        let baseline = try BaselineStore.embedded()
        #expect(baseline.validate().isEmpty)
        #expect(baseline.townships.count == 17)
        #expect(baseline.parameters.allSatisfy { !$0.isEstimate || !($0.note ?? "").isEmpty })
    }

    @Test func referenceFiguresCoverEveryShippedScenario() throws {
        let names = (try Self.expected()["scenarios"]?.objectMembers ?? []).map(\.key).sorted()
        #expect(names == ["bau", "gas-first", "plan-2015", "plan-2015-h1", "plan-late", "pv-push", "transport-first"])
    }

    @Test(arguments: ["bau", "gas-first", "plan-2015", "plan-2015-h1", "plan-late", "pv-push", "transport-first"])
    func engineMatchesTheReferenceModel(_ name: String) throws {
        let reference = try Self.expected()["scenarios"]?[name]
        #expect(reference != nil, "Tests/calibration-expected.json has no \(name)")
        let engine = ResultCodec.encode(try project(name))
        let where_ = "\(name)"
        Self.compare(engine["totals"], reference?["totals"], at: "\(where_).totals")
        Self.compare(engine["energy_2015_by_sector_tce"], reference?["energy_2015_by_sector_tce"],
                     at: "\(where_).energy_2015_by_sector_tce")
        Self.compare(engine["energy_2015_by_fuel_tce"], reference?["energy_2015_by_fuel_tce"],
                     at: "\(where_).energy_2015_by_fuel_tce")
        for (list, scaleKey) in [("goals", "limit"), ("townships", "target"), ("measures", "")] {
            let mine = Self.byID(engine, list), theirs = Self.byID(reference, list)
            #expect(mine.keys.sorted() == theirs.keys.sorted(), "\(name).\(list): different ids")
            for (id, item) in mine {
                // A margin or value near zero is compared on the scale of the goal's limit.
                let scale = scaleKey.isEmpty ? 0 : max(abs(item[scaleKey]?.numberValue ?? 0), 1)
                Self.compare(item, theirs[id], at: "\(name).\(list).\(id)", scale: scale,
                             skip: ["start_month", "plan_task", "measure_count"])
            }
        }
        Self.compareActuals(engine["actuals"], reference?["actuals"], at: "\(name).actuals")
    }

    /// The `actuals` sections (docs/MODEL.md §14): both absent, or every sector line agreeing.
    static func compareActuals(_ engine: JSONValue?, _ reference: JSONValue?, at path: String) {
        guard let engine, engine != .null else {
            #expect(reference == nil, "\(path): the reference has year-to-date figures, the engine none")
            return
        }
        #expect(engine["through_month"]?.numberValue == reference?["through_month"]?.numberValue, "\(path).through_month")
        for part in ["energy", "value_added"] {
            guard case .array(let mine)? = engine[part], case .array(let theirs)? = reference?[part] else {
                Issue.record("\(path).\(part): missing")
                continue
            }
            #expect(mine.map { $0["sector"]?.stringValue } == theirs.map { $0["sector"]?.stringValue }, "\(path).\(part): sectors")
            for (a, b) in zip(mine, theirs) {
                compare(a, b, at: "\(path).\(part).\(a["sector"]?.stringValue ?? "?")")
            }
        }
    }

    @Test func businessAsUsualMissesTheIntensityGoal() throws {
        let r = try project("bau")
        #expect(r.totals.intensityChange > -0.02)
        #expect(r.totals.energyGapTce > 0)
        #expect(!r.goal("intensity")!.met)
    }

    @Test func planAsWrittenMeetsTheDistrictGoalsButFewTownships() throws {
        let r = try project("plan-2015")
        for id in ["intensity", "cod_household", "cod_industrial", "nh3n_household", "nh3n_industrial",
                   "smokeless_area", "key_enterprises"] {
            #expect(r.goal(id)!.met, "\(id) should be met by the plan as written")
        }
        #expect(r.townships.filter(\.met).map(\.id).sorted() == ["daxuelu", "mazhai"])
    }
}
