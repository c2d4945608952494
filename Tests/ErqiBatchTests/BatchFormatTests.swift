import ErqiBatch
import ErqiFiles
import ErqiModel
import Foundation
import Testing

/// `fmt`: canonical form, check mode, and the load → save → load round trip.
@Suite struct BatchFormatTests {
    static let messy = """
        {"version": 1, "format": "erqi-scenario", "name": "messy", "extends": "plan-2015",
          "measures": {"pv-mazhai": {"start_month": 7.0, "capacity_mw": 1.50}, "motors": null},
          "assumptions": {"growth.industry": 0.080}}
        """

    @Test func rewritesOnlyFilesThatChange() throws {
        let folder = try BatchFixture.temporaryFolder()
        defer { BatchFixture.remove(folder) }
        let messy = folder + "/messy.json"
        try BatchFixture.write(Self.messy, to: messy)
        let check = FormatJob(arguments: [messy], checkOnly: true).execute()
        #expect(check.status == .needsFormatting)
        #expect(check.output == "\(messy): not in canonical form (run: erqi fmt \(messy))\n")
        #expect(try BatchFixture.read(messy) == Self.messy)

        let first = FormatJob(arguments: [messy]).execute()
        #expect(first.status == .success)
        #expect(first.output.contains("formatted \(messy)"))
        let canonical = try BatchFixture.read(messy)
        #expect(canonical.hasPrefix("{\n  \"assumptions\": {\n    \"growth.industry\": 0.08\n  },\n"))
        #expect(canonical.contains("\"motors\": null"))

        let again = FormatJob(arguments: [messy]).execute()
        #expect(again.output == "0 files reformatted, 1 already canonical\n")
        #expect(try BatchFixture.read(messy) == canonical)
        #expect(FormatJob(arguments: [messy], checkOnly: true).execute().status == .success)
    }

    @Test func loadSaveLoadIsByteIdentical() throws {
        let folder = try BatchFixture.temporaryFolder()
        defer { BatchFixture.remove(folder) }
        let path = try BatchFixture.planChild(in: folder, name: "child",
                                              measures: "{\"pv-mazhai\": {\"capacity_mw\": 0.1}, \"tiered_pricing\": null}",
                                              assumptions: "{\"growth.industry\": 0.085}")
        let before = try BatchRunner.load(file: path)
        _ = FormatJob(arguments: [path]).execute()
        let once = try BatchFixture.read(path)
        #expect(try BatchRunner.load(file: path) == before)
        _ = FormatJob(arguments: [path]).execute()
        #expect(try BatchFixture.read(path) == once)
        let file = try ScenarioLoader.loadFile(path: path)
        #expect(ScenarioCodec.text(file) == once)
        for name in ["gas-first", "pv-push", "transport-first", "plan-late"] {
            #expect(try CanonicalForm(file: BatchFixture.scenarioPath(name)).isCanonical, "scenarios/\(name).json")
        }
    }

    @Test func aBadFileStopsEveryWrite() throws {
        let folder = try BatchFixture.temporaryFolder()
        defer { BatchFixture.remove(folder) }
        let messy = folder + "/messy.json", broken = folder + "/broken.json"
        try BatchFixture.write(Self.messy, to: messy)
        try BatchFixture.write("{\"format\": \"erqi-scenario\", \"version\": 1, \"name\": \"b\", \"measures\": {\"x\": 1}", to: broken)
        let outcome = FormatJob(arguments: [messy, broken]).execute()
        #expect(outcome.status == .badInput)
        #expect(outcome.output.isEmpty)
        #expect(outcome.messages.first?.hasPrefix(broken) == true)
        #expect(try BatchFixture.read(messy) == Self.messy)
    }
}
