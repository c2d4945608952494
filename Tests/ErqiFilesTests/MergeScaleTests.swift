import ErqiFiles
import ErqiModel
import Testing

/// Issue 13, item 8: merging and diffing 100,000 measures is one pass (was a search per
/// measure). Not timed: it checks the result at a size where a quadratic merge takes ~30 s.
@Suite struct MergeScaleTests {
    @Test func aHundredThousandMeasuresMergeAndDiffBack() throws {
        let n = 100_000
        let parent = Scenario(name: "p", measures: (0..<n).map {
            Measure(id: "m\($0)", lever: .motors, fields: ["capacity_kw": .number(Double($0))])
        })
        var entries: [(id: String, entry: MeasureEntry)] = []
        for i in stride(from: 0, to: n, by: 2) { entries.append(("m\(i)", .fields(["capacity_kw": .number(-1)], lever: nil))) }
        for i in stride(from: 1, to: n, by: 4) { entries.append(("m\(i)", .remove)) }
        for i in 0..<n { entries.append(("n\(i)", .fields([:], lever: .motors))) }
        let file = ScenarioFile(name: "c", extends: "p", measures: entries)
        let merged = try file.merged(onto: parent, file: "c.json")
        #expect(merged.measures.count == n - n / 4 + n)
        #expect(merged.measures[0].fields["capacity_kw"] == .number(-1))
        #expect(merged.measures[1].id == "m2" && merged.measures[2].id == "m3")
        #expect(!merged.measures.contains { $0.id == "m5" })
        #expect(merged.measures.last?.id == "n\(n - 1)")
        let back = ScenarioFile(merged, parent: parent)
        #expect(try back.merged(onto: parent, file: "c.json") == merged)
    }
}
