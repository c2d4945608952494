import ErqiRender
import Testing
@testable import ErqiShell

/// Tables that fit the terminal, a pager for long output, colour only when asked (issue 9).
@Suite struct FittedOutputTests {
    static func planShell(columns: Int, rows: Int = 50) -> Shell {
        let shell = Fixtures.shell(folder: Fixtures.scenariosCopy())
        shell.run("load plan-2015")
        shell.terminal = { TerminalSize(columns: columns, rows: rows) }
        return shell
    }

    @Test(arguments: [(100, "tasks"), (100, "measures"), (100, "goals"), (80, "townships"), (100, "levers"),
                      (100, "compare bau"), (60, "result"), (150, "measures"), (100, "sources")])
    func everyLineFitsTheTerminal(columns: Int, command: String) {
        let out = Self.planShell(columns: columns).run(command).output
        for line in out.split(separator: "\n") {
            #expect(DisplayWidth.of(String(line)) <= columns, "\(command) at \(columns): \(line)")
        }
    }

    @Test func noWordIsSplit() {
        let out = Self.planShell(columns: 100).run("goals").output
        #expect(!out.contains("MISS\n"))
        #expect(out.contains("MISSED"))
        let words = Set(Self.planShell(columns: 1000).run("goals").output.split(whereSeparator: { $0 == " " || $0 == "\n" }))
        for word in out.split(whereSeparator: { $0 == " " || $0 == "\n" }) where !word.allSatisfy({ $0 == "-" }) {
            #expect(words.contains(word), "'\(word)' is not a word of the full table")
        }
    }

    @Test func pipesAndFilesGetTheFullTable() {
        let shell = Self.planShell(columns: 100)
        shell.terminal = nil
        let full = shell.run("tasks").output
        #expect(full.split(separator: "\n").contains { DisplayWidth.of(String($0)) > 150 })
    }

    @Test func droppedColumnsAreNamed() {
        let table = Table(columns: [Column("a"), Column("b"), Column("c")],
                          rows: [[.text("aaaaaaaaaa"), .text("bbbbbbbbbb"), .text("cccccccccc")]])
        let out = FittedTable.render(table, width: 25)
        #expect(out.contains("left out to fit 25"))
        #expect(out.contains("columns: c;"))
        #expect(!out.contains("cccccccccc"))
    }

    @Test func longTextWrapsWithinItsColumn() {
        let table = Table(columns: [Column("id"), Column("text")],
                          rows: [[.text("x"), .text("one two three four five six")]])
        let out = FittedTable.render(table, width: 14)
        #expect(out == "id  text\n--  ----------\nx   one two\n    three four\n    five six\n")
    }

    @Test func colourOnlyWhenAsked() {
        let shell = Self.planShell(columns: 150)
        #expect(!shell.run("goals").output.contains("\u{1B}["))
        shell.colour = true
        let coloured = shell.run("goals").output
        #expect(coloured.contains("\u{1B}[1;31mMISSED"))
        #expect(coloured.contains("\u{1B}[32mmet"))
        shell.terminal = nil
        #expect(!shell.run("goals").output.contains("\u{1B}["))
    }

    @Test func longOutputGoesThroughThePagerOnATerminal() {
        let shell = Self.planShell(columns: 150, rows: 12)
        let sink = CapturedOutput()
        let runner = ShellRunner(shell: shell, source: LinesSource(["levers", "diff", ".pager off", "levers", "quit!"]),
                                 sink: sink, mode: .interactive)
        var paged: [String] = []
        runner.pager = { paged.append($0); return true }
        #expect(runner.run() == 0)
        #expect(paged.count == 1)
        #expect(paged.first?.contains("rooftop_pv") == true)
        #expect(sink.output.contains("no changes"))
        #expect(sink.output.contains("rooftop_pv"))
    }

    @Test func thePagerIsPAGERElseLess() {
        #expect(Pager.command([:]) == "less -FRX")
        #expect(Pager.command(["PAGER": " "]) == "less -FRX")
        #expect(Pager.command(["PAGER": "more"]) == "more")
    }

    @Test func markdownPutsABlankLineBeforeTheNextHeading() {
        let shell = Self.planShell(columns: 100)
        shell.run(".mode markdown")
        let out = shell.run("compare bau").output
        #expect(out.contains("\n\n**Outputs"))
        #expect(out.contains("\n\n**Goals"))
        #expect(!out.contains("|\n**"))
    }
}

/// `compare` as analysts read it: margins beside the verdicts, alike measures folded (issue 9).
@Suite struct CompareReadingTests {
    @Test func goalsShowMarginsInMarkdown() {
        let shell = Fixtures.shell(folder: Fixtures.scenariosCopy())
        shell.run("load plan-2015", ".mode markdown")
        let out = shell.run("compare bau").output
        #expect(out.contains("| goal | label | unit | current | margin | bau | margin |"))
        #expect(out.contains("| intensity | 单位GDP能耗 energy intensity change | % | met | 0.34 % | MISSED | -1.77 % |"))
    }

    @Test func measuresOnlySomeScenariosHaveAreFolded() {
        let shell = Fixtures.shell(folder: Fixtures.scenariosCopy())
        shell.run("load plan-2015", "set motors.capacity_kw *2")
        let out = shell.run("compare current plan-2015 bau").output
        let inputs = out.components(separatedBy: "Outputs")[0]
        #expect(inputs.contains("measures.motors.capacity_kw"))
        #expect(!inputs.contains("measures.c2g-heat-source.capacity_tph"))
        #expect(inputs.contains("coal_to_gas, 4 fields"))
        #expect(inputs.contains("field rows of measures that only some scenarios have"))
        #expect(inputs.split(separator: "\n").count < 30)
    }
}
