import ErqiTestSupport
import Foundation
import Testing

/// The real binary with commands piped in: no prompt, plain lines, tables as golden text,
/// and the first error stopping the script with its line number and status 2.
@Suite struct ShellPipeTests {
    @Test func pipedCommandsPrintTablesWithoutPrompt() throws {
        let r = try Cli.run(["--no-init"], in: Cli.root, input: "load plan-2015\nresult\ntownships\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stdout.contains("erqi> "))
        Golden.check(r.stdout, "pipe-plan-2015.txt", target: "ErqiEndToEndTests")
    }

    @Test func theFirstErrorStopsAPipedScriptWithItsLine() throws {
        let r = try Cli.run(["--no-init"], in: Cli.root, input: "load plan-2015\n# a comment\nset pv-mazhai.capacity_mw 15 MWh\ngoals\n")
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("<stdin>:3: pv-mazhai.capacity_mw: unit 'MWh' does not fit; expected MW"))
        #expect(!r.stdout.contains("label"))        // line 4 (the goals table) never ran
    }

    @Test func dashCAndDashFReportTheirOwnNames() throws {
        let c = try Cli.run(["--no-init", "-c", "load plan-2015; levrs"], in: Cli.root)
        #expect(c.status == 2)
        #expect(c.stderr.contains("-c:2: unknown command 'levrs' (did you mean 'levers'?)"))
        let scratch = try TemporaryFolder("erqi-pipe")
        defer { scratch.remove() }
        let folder = scratch.path
        try scratch.write("s.erqi", "add motors\nset motors.capacity_kw -5\n")
        let f = try Cli.run(["--no-init", "-f", folder + "/s.erqi"], in: Cli.root)
        #expect(f.status == 2)
        #expect(f.stderr.contains("\(folder)/s.erqi:2: "))
    }

    @Test func dashCSplitsOnlyOnSemicolonsOutsideQuotesLikeThePrompt() throws {
        let r = try Cli.run(["--no-init", "-c", #"add motors; set motors.note "a\"; b"; show motors"#], in: Cli.root)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains(#"note: a"; b"#))
    }

    @Test func bailOffCarriesOnButStillFails() throws {
        let r = try Cli.run(["--no-init"], in: Cli.root, input: ".bail off\nlevrs\nshow goal.cod_household\n")
        #expect(r.status == 2)
        #expect(r.stdout.contains("144.2"))
    }

    @Test func theInitFileRunsFirstUnlessNoInit() throws {
        let folder = try TemporaryFolder("erqi-home")
        defer { folder.remove() }
        let home = folder.path
        try folder.write(".erqirc", ".mode csv\n")
        let withInit = try Cli.run(["-c", "departments"], in: Cli.root, environment: ["HOME": home])
        #expect(withInit.stdout.hasPrefix("unit,measures,energy_saving_tce,co2_reduction_t\n"))
        let without = try Cli.run(["--no-init", "-c", "departments"], in: Cli.root, environment: ["HOME": home])
        #expect(without.stdout.contains("牵头单位"))
    }
}
