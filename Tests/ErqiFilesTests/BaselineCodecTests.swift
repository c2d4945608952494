import ErqiFiles
import ErqiModel
import ErqiTestSupport
import Foundation
import Testing

@Suite struct BaselineCodecTests {
    func decode(_ text: String) throws(FileErrors) -> Baseline { try BaselineCodec.decode(text, file: "b.json") }

    /// The fixture with one substring replaced.
    func fixture(_ old: String, _ new: String) -> String {
        precondition(smallBaseline.contains(old), "fixture lacks \(old)")
        return smallBaseline.replacingOccurrences(of: old, with: new)
    }

    @Test func decodesEveryPart() throws {
        let b = try decode(smallBaseline)
        #expect(b.id == "erqi-2014")
        #expect(b.title == "二七区 2014 baseline")
        #expect(b.baseYear == 2014 && b.targetYear == 2015)
        #expect(b.sources == [Source(id: "gbt2589", title: "GB/T 2589-2008", url: nil, confidence: "B"),
                              Source(id: "ipcc2006", title: "IPCC 2006", url: "https://www.ipcc-nggip.iges.or.jp/",
                                     confidence: "C+", note: "defaults")])
        #expect(b.townships.map(\.id) == ["mazhai", "houzhai"])
        #expect(b.townships[0].name == "马寨镇" && b.townships[0].target == -0.02)
        #expect(b.vehicleClasses == [VehicleClass(id: "heavy_diesel_truck", name: "重型柴油货车", fuel: .diesel)])
        #expect(b.pvAccounting == .offset)
        #expect(b.parameters.count == 3)
        #expect(b.parameter("gdp.industry") == Parameter(key: "gdp.industry", value: 1062400, unit: "万元",
                                                         source: "estimate", note: "how this figure was derived"))
    }

    @Test func roundTripsThroughJSON() throws {
        let b = try decode(smallBaseline)
        let text = BaselineCodec.text(b)
        #expect(try decode(text) == b)
        #expect(BaselineCodec.text(try decode(text)) == text)
        #expect(text.contains("\"url\": null"))
    }

    @Test func optionsMayBeLeftOutAndDefaultToOffset() throws {
        let b = try decode(fixture(#""options": {"pv_accounting": "offset"},"#, ""))
        #expect(b.pvAccounting == .offset)
        #expect(try decode(fixture(#""pv_accounting": "offset""#, #""pv_accounting": "counted""#)).pvAccounting == .counted)
    }

    @Test func collectsAllErrorsAtOnce() {
        let bad = fixture(#""value": 0.7143"#, #""value": "0.7143""#)
            .replacingOccurrences(of: #""fuel": "diesel""#, with: #""fuel": "lpg""#)
            .replacingOccurrences(of: #""source": "ipcc2006""#, with: #""source": "ipcc2060""#)
            .replacingOccurrences(of: #""note": "how this figure was derived""#, with: #""note": " ""#)
            .replacingOccurrences(of: #""pv_accounting": "offset""#, with: #""pv_accounting": "ofset""#)
            .replacingOccurrences(of: #""base_year": 2014"#, with: #""base_year": 2014.5, "baseyear": 1"#)
        let errs = messages { () throws(FileErrors) in try decode(bad) }
        #expect(errs == [
            "b.json: baseyear: unknown key (did you mean 'base_year'?)",
            "b.json: base_year: expected a whole number, got 2014.5",
            "b.json: vehicle_classes[0].fuel: expected \"gasoline\" or \"diesel\", got \"lpg\"",
            "b.json: options.pv_accounting: expected \"offset\" or \"counted\", got \"ofset\" (did you mean 'offset'?)",
            "b.json: parameters[0].value: expected a number, got \"0.7143\"",
            "b.json: parameters[1].source: expected a source id from \"sources\" or \"estimate\", got \"ipcc2060\" (parameter \"coef.co2.coal\") (did you mean 'ipcc2006'?)",
            "b.json: parameters[2].note: an estimate needs a non-empty note saying how it was derived (parameter \"gdp.industry\")",
        ])
    }

    @Test func missingKeysAndWrongTypes() {
        let bad = fixture(#""unit": "tce/t", "#, "")
            .replacingOccurrences(of: #""title": "IPCC 2006""#, with: #""title": 3"#)
            .replacingOccurrences(of: #""target": -0.02},"#, with: #""target": "-2%"},"#)
            .replacingOccurrences(of: #""vehicle_classes": [{"#, with: #""vehicle_classes": [7, {"#)
        let errs = messages { () throws(FileErrors) in try decode(bad) }
        #expect(errs == [
            "b.json: sources[1].title: expected a string, got 3",
            "b.json: townships[0].target: expected a number, got \"-2%\"",
            "b.json: vehicle_classes[0]: expected an object, got 7",
            "b.json: parameters[0]: missing key \"unit\"",
        ])
    }

    @Test func estimateWithoutNoteAndUnknownParameterKey() {
        let bad = fixture("\"source\": \"estimate\",\n     \"note\": \"how this figure was derived\"",
                          #""source": "estimate", "vlaue": 2"#)
        let errs = messages { () throws(FileErrors) in try decode(bad) }
        #expect(errs == [
            "b.json: parameters[2].vlaue: unknown key (did you mean 'value'?)",
            "b.json: parameters[2].note: an estimate needs a non-empty note saying how it was derived (parameter \"gdp.industry\")",
        ])
    }

    @Test func duplicatesAreReported() {
        let bad = fixture(#""key": "coef.co2.coal""#, #""key": "coef.tce.coal""#)
            .replacingOccurrences(of: #""id": "houzhai""#, with: #""id": "mazhai""#)
            .replacingOccurrences(of: #""id": "ipcc2006""#, with: #""id": "estimate""#)
        let errs = messages { () throws(FileErrors) in try decode(bad) }
        #expect(errs == [
            "b.json: sources[1].id: \"estimate\" is reserved for estimates; give the source another id",
            "b.json: townships[1].id: duplicate township id \"mazhai\" (first at townships[0])",
            "b.json: parameters[1].source: expected a source id from \"sources\" or \"estimate\", got \"ipcc2006\" (parameter \"coef.tce.coal\")",
            "b.json: parameters[1].key: duplicate parameter \"coef.tce.coal\" (first at parameters[0])",
        ])
    }

    @Test func wrongFormatStopsEarly() {
        #expect(messages { () throws(FileErrors) in try decode(fixture(#""format": "erqi-baseline""#, #""format": "erqi-scenario""#)) }
                == ["b.json: format: expected \"erqi-baseline\", got \"erqi-scenario\""])
        #expect(messages { () throws(FileErrors) in try decode(fixture(#""format": "erqi-baseline", "#, "")) }
                == ["b.json: missing key \"format\" (expected \"format\": \"erqi-baseline\")"])
        #expect(messages { () throws(FileErrors) in try decode("[1]") } == ["b.json: expected a baseline object, got an array"])
        #expect(messages { () throws(FileErrors) in try decode(fixture(#""version": 1"#, #""version": 2"#)) }
                == ["b.json: version: unsupported version 2; this erqi reads version 1"])
    }

    @Test func syntaxErrorsComeFromTheParser() {
        #expect(messages { () throws(FileErrors) in try decode("{\"format\": \"erqi-baseline\",}") }
                == ["b.json: line 1, column 27: trailing comma before '}'"])
    }

    @Test func fileLoadingNamesTheFile() throws {
        let folder = try TemporaryFolder("erqi-files-tests")
        defer { folder.remove() }
        try folder.write("b.json", smallBaseline)
        // The fixture is too small for the model's checks, which `load` runs by default.
        #expect(try BaselineStore.load(path: folder.file("b.json"), validate: false) == (try decode(smallBaseline)))
        #expect(!fileErrors { () throws(FileErrors) in try BaselineStore.load(path: folder.file("b.json")) }.isEmpty)
        let loaded = try BaselineStore.loadWithDigest(path: folder.file("b.json"), validate: false)
        #expect(loaded.sha256 == BaselineStore.sha256(of: smallBaseline))
        let missing = folder.file("nope.json")
        #expect(messages { () throws(FileErrors) in try BaselineStore.load(path: missing) }
                == ["\(missing): cannot read: no such file or folder"])
        #expect(messages { () throws(FileErrors) in try BaselineStore.load(path: folder.path) }
                == ["\(folder.path): cannot read: is a folder, not a file"])
    }
}
