import ErqiModel
import ErqiTestSupport
import Testing
@testable import ErqiFiles

/// `ScenarioLoader.diagnose` reports every problem of a file at once: shape, merge and model.
@Suite struct DiagnoseTests {
    @Test func everyProblemOfAFileAtOnce() throws {
        let folder = try TemporaryFolder("erqi-files-tests")
        defer { folder.remove() }
        try folder.write("bad.json", """
            {"format": "erqi-scenario", "version": 1, "name": "bad", "assumptons": {},
             "measures": {"pv": {"lever": "rooftop_pv", "capacity_mw": "15MW", "start_month": 14},
                          "motor": {"capacity_kw": 5},
                          "motors": {"capacity_kw": -1}}}
            """)
        let errors = ScenarioLoader.diagnose(path: folder.file("bad.json"), baseline: try BaselineStore.embedded())
        let text = errors.map { "\($0.path): \($0.message)" }
        #expect(text == [
            "assumptons: unknown key (did you mean 'assumptions'?)",
            "measures.pv.capacity_mw: expected a number ≥ 0 in MW, got \"15MW\"",
            "measures.motor: missing key \"lever\" (\"motor\" is not a lever's name) (did you mean 'motors'?)",
            "measures.pv.start_month: expected a whole month 1…13 (13: not in 2015), got 14",
            "measures.motors.capacity_kw: expected a number ≥ 0 in kW, got -1",
        ])
        #expect(errors.allSatisfy { $0.file == folder.file("bad.json") })
    }

    @Test func aGoodFileHasNoProblems() throws {
        let errors = ScenarioLoader.diagnose(path: repositoryRoot() + "/scenarios/plan-late.json",
                                             baseline: try BaselineStore.embedded())
        #expect(errors.isEmpty)
    }

    @Test func syntaxErrorsStopAtTheSyntax() throws {
        let folder = try TemporaryFolder("erqi-files-tests")
        defer { folder.remove() }
        try folder.write("broken.json", "{\"format\": \"erqi-scenario\",\n  \"version\": 1,,}")
        let errors = ScenarioLoader.diagnose(path: folder.file("broken.json"), baseline: try BaselineStore.embedded())
        #expect(errors.count == 1 && errors[0].path.hasPrefix("line 2"))
    }
}
