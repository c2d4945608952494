import ErqiRender
import Testing

/// One small table in every output format.
@Suite struct TableRendererTests {
    static let table = Table(
        title: "二七区 | demo",
        columns: [Column("township", "镇/街道"), Column("saving_tce", "saving", right: true), Column("id", machineOnly: true),
                  Column("met")],
        rows: [[.text("马寨镇"), .number(12345.678, decimals: 1), .text("mazhai"), .flag(true)],
               [.text("a, \"b\""), .number(-0.25, decimals: 2), .empty, .flag(false)]],
        notes: ["estimates | marked"])

    @Test func alignedCountsWideCharactersAsTwoCellsAndHidesMachineColumns() {
        let text = TableRenderer.render(Self.table, as: .table)
        #expect(text == """
            二七区 | demo
            镇/街道    saving  met
            -------  --------  ------
            马寨镇   12,345.7  met
            a, "b"      -0.25  MISSED
            estimates | marked

            """)
    }

    @Test func csvQuotesFieldsAndWritesFullPrecisionWithKeys() {
        #expect(TableRenderer.render(Self.table, as: .csv) == #"""
            township,saving_tce,id,met
            马寨镇,12345.678,mazhai,true
            "a, ""b""",-0.25,,false

            """#)
    }

    @Test func markdownEscapesPipesAndAlignsNumbersRight() {
        #expect(TableRenderer.render(Self.table, as: .markdown) == """
            **二七区 \\| demo**

            | 镇/街道 | saving | met |
            |:---|---:|:---|
            | 马寨镇 | 12,345.7 | met |
            | a, "b" | -0.25 | MISSED |

            estimates \\| marked

            """)
    }

    @Test func jsonAndJSONLinesUseKeysNullsAndFullNumbers() {
        let lines = TableRenderer.render(Self.table, as: .jsonl).split(separator: "\n")
        #expect(lines == [#"{"township":"马寨镇","saving_tce":12345.678,"id":"mazhai","met":true}"#,
                          #"{"township":"a, \"b\"","saving_tce":-0.25,"id":null,"met":false}"#])
        #expect(TableRenderer.render(Self.table, as: .json) == "[" + lines.joined(separator: ",\n ") + "]\n")
    }
}

/// Terminal widths and number text.
@Suite struct DisplayAndNumberTests {
    @Test func displayWidth() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("二七区") == 6)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("ＡＢ") == 4)
        #expect(DisplayWidth.pad("二七", to: 6) == "二七  ")
        #expect(DisplayWidth.pad("7", to: 3, right: true) == "  7")
        #expect(DisplayWidth.pad("too long", to: 3) == "too long")
    }

    @Test func fixedSignedAndFullNumbers() {
        #expect(NumberFormat.fixed(1234567.891, decimals: 2, grouping: true) == "1,234,567.89")
        #expect(NumberFormat.fixed(1234567.891, decimals: 0, grouping: false) == "1234568")
        #expect(NumberFormat.fixed(-0.004, decimals: 2, grouping: true) == "0.00")
        #expect(NumberFormat.fixed(-2.345, decimals: 1, grouping: true) == "-2.3")
        #expect(NumberFormat.fixed(.infinity, decimals: 1, grouping: true) == "inf")
        #expect(NumberFormat.signed(0.5, decimals: 1) == "+0.5")
        #expect(NumberFormat.signed(0.001, decimals: 1) == "0.0")
        #expect(NumberFormat.signed(-1500, decimals: 0) == "-1,500")
        #expect(NumberFormat.full(0.1) == "0.1")
        #expect(NumberFormat.full(20) == "20")
    }
}

/// Values too large for fixed decimals (a sweep point at 1e307) print in exponent notation,
/// never with thousands separators inside the exponent (`5e+,307`), and never trap.
@Suite struct LargeNumberFormatTests {
    @Test func hugeValuesUseExponentNotation() {
        #expect(NumberFormat.fixed(5e307, decimals: 0, grouping: true) == "5.00e+307")
        #expect(NumberFormat.fixed(-1.234e20, decimals: 0, grouping: true) == "-1.23e+20")
        // With decimals the scaled value would overflow to infinity: this trapped before.
        #expect(NumberFormat.fixed(5e307, decimals: 2, grouping: true) == "5.00e+307")
        #expect(NumberFormat.fixed(.greatestFiniteMagnitude, decimals: 6, grouping: false) == "1.80e+308")
        #expect(NumberFormat.signed(3e300, decimals: 1) == "+3.00e+300")
    }

    @Test func theSwitchIsWhereDoublesStopHoldingEveryWholeNumber() {
        #expect(NumberFormat.fixed(999_999_999_999_999, decimals: 0, grouping: true) == "999,999,999,999,999")
        #expect(NumberFormat.fixed(1e15, decimals: 0, grouping: true) == "1.00e+15")
        #expect(NumberFormat.fixed(9_999_999_999_999.5, decimals: 1, grouping: true) == "9,999,999,999,999.5")
        #expect(NumberFormat.fixed(10_000_000_000_000, decimals: 2, grouping: true) == "1.00e+13")
        #expect(NumberFormat.fixed(123_456_789_012.5, decimals: 2, grouping: true) == "123,456,789,012.50")
    }

    @Test func scientificRoundsIntoTheNextPower() {
        #expect(NumberFormat.scientific(9.999e9) == "1.00e+10")
        #expect(NumberFormat.scientific(1.5e-12) == "1.50e-12")
        #expect(NumberFormat.scientific(0) == "0.00e+00")
        #expect(NumberFormat.scientific(-2.5e-300) == "-2.50e-300")
    }

    @Test func aTableCellOfAHugeValueIsReadable() {
        let table = Table(title: "t", columns: [Column("co2_2015_t", right: true)], rows: [[.number(5e307, decimals: 0)]])
        let text = TableRenderer.render(table, as: .table)
        #expect(text.contains("5.00e+307"))
        #expect(!text.contains("e+,"))
    }
}
