import ErqiFiles
import ErqiModel
import Testing

@Suite struct BaselineImportTests {
    static let seedPath = repositoryRoot() + "/seeds/baseline-2014.json"
    let seed: Baseline

    init() throws { seed = try BaselineStore.load(path: Self.seedPath) }

    func apply(_ csv: String, source: BaselineImport.NewSource? = nil) throws(FileErrors) -> BaselineImport.Outcome {
        try BaselineImport.apply(bytes: Array(csv.utf8), file: "in.csv", onto: seed, source: source)
    }

    func errors(_ csv: String, source: BaselineImport.NewSource? = nil) -> [String] {
        fileErrors { () throws(FileErrors) in try apply(csv, source: source) }.map(\.description)
    }

    @Test func exportThenImportIsByteIdentical() throws {
        let original = try String(decoding: FileReaderBytes.read(Self.seedPath), as: UTF8.self)
        for style in [CSVWriter.Style.plain, .excel] {
            let csv = BaselineTable.csv(seed, .parameters, style: style)
            let outcome = try apply(csv)
            #expect(outcome.changedKeys.isEmpty)
            #expect(BaselineCodec.text(outcome.baseline) == original)
        }
    }

    @Test func aChangedValueIsCreditedToTheNewSource() throws {
        let outcome = try apply("key,value\ngdp.industry,1012345.5\n",
                                source: .init(id: "tjj2014", title: "二七区统计局 2014 年统计快报"))
        let p = try #require(outcome.baseline.parameter("gdp.industry"))
        #expect(p.value == 1012345.5 && p.source == "tjj2014" && p.unit == "万元")
        #expect(outcome.changedKeys == ["gdp.industry"])
        #expect(outcome.estimatesReplaced == 1)
        #expect(outcome.baseline.estimateCount == seed.estimateCount - 1)
        #expect(outcome.baseline.sources.last == Source(id: "tjj2014", title: "二七区统计局 2014 年统计快报", confidence: "A"))
        // Everything else is as it was.
        #expect(outcome.baseline.parameters.filter { $0.key != "gdp.industry" } == seed.parameters.filter { $0.key != "gdp.industry" })
    }

    @Test func unitsAreConvertedWhereKnown() throws {
        let coal = try #require(seed.parameter("goal.key_enterprises_tce"))
        #expect(coal.unit == "tce")
        let elec = try #require(seed.parameter("energy.industry.electricity"))
        #expect(elec.unit == "MWh")
        let outcome = try apply("key,value,unit\ngoal.key_enterprises_tce,2.5,万tce\nenergy.industry.electricity,1234567000,kWh\n")
        #expect(outcome.baseline.value("goal.key_enterprises_tce") == 25_000)
        #expect(outcome.baseline.value("energy.industry.electricity") == 1_234_567)
        #expect(outcome.baseline.parameter("energy.industry.electricity")?.unit == "MWh")
    }

    @Test func everyProblemIsReportedAtOnceWithRowAndColumn() {
        let csv = """
            key,value,unit,source
            gdp.industri,5,万元,
            gdp.industry,,万元,
            gdp.construction,abc,万元,
            gdp.construction,1,万元,
            gdp.agriculture,"1,000",万元,
            energy.industry.coal,3,万tce,
            energy.agriculture.coal,4,t,bureau
            township.mazhai.energy_share.industry,0.9,fraction,
            gdp.agriculture,12%,万元,

            """
        let e = errors(csv)
        #expect(e == [
            "in.csv: row 2, column A (key): unknown parameter \"gdp.industri\" (did you mean 'gdp.industry'?)",
            "in.csv: row 3, column B (value): empty value for gdp.industry: expected a number in 万元",
            "in.csv: row 4, column B (value): expected a number for gdp.construction, got \"abc\"",
            "in.csv: row 5, column A (key): duplicate row for gdp.construction (first at row 4)",
            "in.csv: row 6, column B (value): expected a number for gdp.agriculture, got \"1,000\" (write the number without thousands separators, with a point for decimals)",
            "in.csv: row 7, column C (unit): unit \"万tce\" differs from energy.industry.coal's unit \"t\" and erqi knows no conversion between them; give the value in t",
            "in.csv: row 8, column D (source): unknown source \"bureau\": expected a source id of the baseline, \"estimate\" or --source",
            "in.csv: row 10, column A (key): duplicate row for gdp.agriculture (first at row 6)",
            "in.csv: row 9, column B (value): township.*.energy_share.industry: the shares over the 17 townships sum to \(shareSum(replacing: 0.9)) after the import, not 1 (changed by row 9; rescale the shares so that they sum to 1)",
        ])
    }

    func shareSum(replacing value: Double) -> String {
        var sum = 0.0
        for t in seed.townships {
            sum += t.id == "mazhai" ? value : seed.value("township.\(t.id).energy_share.industry")!
        }
        return JSONNumberText.format(sum)
    }

    @Test func sharesThatStillSumToOneAreAccepted() throws {
        let a = seed.value("township.mazhai.energy_share.industry")!
        let b = seed.value("township.houzhai.energy_share.industry")!
        let outcome = try apply("key,value\ntownship.mazhai.energy_share.industry,\(a - 0.01)\ntownship.houzhai.energy_share.industry,\(b + 0.01)\n")
        #expect(outcome.changedKeys.count == 2)
    }

    @Test func headerProblems() {
        #expect(errors("key,valeu,colour\n") == [
            "in.csv: row 1, column B (valeu): unknown column \"valeu\"; expected one of key, value, unit, source, note, uncertainty (did you mean 'value'?)",
            "in.csv: row 1, column C (colour): unknown column \"colour\"; expected one of key, value, unit, source, note, uncertainty",
            "in.csv: row 1: missing column value: the header needs at least key and value",
        ])
        #expect(errors("") == ["in.csv: empty file: expected a header row with at least the columns key and value"])
    }

    @Test func rowsOfTheWrongWidth() {
        #expect(errors("key,value\ngdp.industry\ngdp.industry,1,extra\n") == [
            "in.csv: row 2: expected 2 fields as in the header, got 1",
            "in.csv: row 3, column C: expected 2 fields as in the header, got 3",
        ])
    }

    @Test func outOfRangeValuesAreRefused() {
        let e = errors("key,value\ngdp.industry,-5\n")
        #expect(e.count == 1)
        #expect(e.first?.hasPrefix("in.csv: row 2, column B (value): gdp.industry = -5 万元: ") == true)
    }

    @Test func aNewSourceNeedsATitle() {
        #expect(errors("key,value\ngdp.industry,5\n", source: .init(id: "tjj")) == [
            "in.csv: --source tjj: the baseline has no such source; give its title with --source-title",
        ])
    }

    @Test func anEstimateLeftWithoutANoteIsRefused() {
        #expect(errors("key,value,note\ngdp.industry,5,\n") == [
            "in.csv: row 2, column C (note): gdp.industry stays an estimate and needs a note saying how it was derived (or give --source)",
        ])
    }

    @Test func gbkFileIsDecoded() throws {
        // key,value,unit / gdp.industry,1000001,万元 in GBK, as Excel saves "CSV" on a Chinese Windows.
        let bytes = Array("key,value,unit\r\ngdp.industry,1000001,".utf8) + [0xCD, 0xF2, 0xD4, 0xAA] + [0x0D, 0x0A]
        let outcome = try BaselineImport.apply(bytes: bytes, file: "gbk.csv", onto: seed)
        #expect(outcome.encoding == .gb18030)
        #expect(outcome.baseline.value("gdp.industry") == 1_000_001)
    }

    @Test func gbkFileWithABadUnitIsReportedInChinese() {
        let bytes = Array("key,value,unit\ngdp.industry,5,".utf8) + [0xCD, 0xF2, 0x74, 0x63, 0x65] + [0x0A] // 万tce
        let e = fileErrors { () throws(FileErrors) in try BaselineImport.apply(bytes: bytes, file: "gbk.csv", onto: seed) }
        #expect(e.map(\.description) == [
            "gbk.csv: row 2, column C (unit): unit \"万tce\" differs from gdp.industry's unit \"万元\" and erqi knows no conversion between them; give the value in 万元",
        ])
    }

    @Test func uncertaintyIsReadReplacedOrRemoved() throws {
        let csv = """
            key,value,uncertainty
            gdp.industry,1000000,"{""dist"": ""uniform"", ""low"": -0.2, ""high"": 0.1, ""relative"": true}"
            growth.industry,0.09,

            """
        let outcome = try apply(csv)
        #expect(outcome.baseline.parameter("gdp.industry")?.uncertainty == Uncertainty(.uniform(low: -0.2, high: 0.1), relative: true))
        #expect(outcome.baseline.parameter("growth.industry")?.uncertainty == nil)
        #expect(seed.parameter("growth.industry")?.uncertainty != nil)
    }

    @Test func badUncertaintiesAreReportedAtTheirCell() {
        let csv = """
            key,value,uncertainty
            gdp.industry,1000000,"{""dist"": ""lognormal"", ""sd"": 1}"
            gdp.construction,290000,not json
            growth.industry,0.09,"{""dist"": ""uniform"", ""low"": -5, ""high"": 0.1}"

            """
        let e = errors(csv)
        #expect(e.count == 3)
        #expect(e[0].hasPrefix("in.csv: row 2, column C (uncertainty): expected a distribution object"))
        #expect(e[0].contains("lognormal"))
        #expect(e[1].hasPrefix("in.csv: row 3, column C (uncertainty): expected a distribution object"))
        #expect(e[2].hasPrefix("in.csv: row 4, column C (uncertainty): growth.industry: "))
    }

    @Test func columnLetters() {
        #expect([0, 1, 25, 26, 27, 51, 52].map(BaselineImport.columnLetter) == ["A", "B", "Z", "AA", "AB", "AZ", "BA"])
    }
}

/// The bytes of a file, for comparing with what import writes.
enum FileReaderBytes {
    static func read(_ path: String) throws -> [UInt8] { try FileReader.bytes(atPath: path) }
}
