import ErqiTestSupport
import Testing
@testable import ErqiShell

/// The start-up file, `-c` and `-f`, in order, and when the shell ends after them.
@Suite struct ShellStartupTests {
    func run(_ startup: ShellStartup) -> (status: Int32?, shell: Shell, sink: CapturedOutput) {
        let shell = Fixtures.shell()
        let sink = CapturedOutput()
        let runner = ShellRunner(shell: shell, source: LinesSource([]), sink: sink, mode: .script(name: "-c"))
        return (startup.run(runner, sink: sink), shell, sink)
    }

    @Test func theInitFileIsHomeErqircUnlessNoInitOrNoHome() {
        #expect(ShellStartup.initFile(environment: ["HOME": "/home/a"], noInit: false) == "/home/a/.erqirc")
        #expect(ShellStartup.initFile(environment: ["HOME": "/home/a"], noInit: true) == nil)
        #expect(ShellStartup.initFile(environment: ["HOME": ""], noInit: false) == nil)
        #expect(ShellStartup.initFile(environment: [:], noInit: false) == nil)
    }

    @Test func withNothingToRunTheLoopComesNext() {
        let r = run(ShellStartup(initFile: "/nonexistent/.erqirc", commands: nil, scriptFile: nil, stayInteractive: false))
        #expect(r.status == nil)
        #expect(r.sink.errors.isEmpty)
    }

    @Test func theInitFileRunsFirstAndAnErrorInItOnlyWarns() throws {
        let home = try TemporaryFolder("erqi-startup")
        defer { home.remove() }
        try home.write(".erqirc", "add motors\nfrobnicate\nadd rooftop_pv\n")
        let r = run(ShellStartup(initFile: home.file(".erqirc"), commands: "set motors.capacity_kw 1MW", scriptFile: nil,
                                 stayInteractive: false))
        #expect(r.status == 0)
        #expect(r.sink.errors.contains("\(home.file(".erqirc")):2: unknown command 'frobnicate'"))
        #expect(r.sink.errors.contains("stopped at its first error; the shell starts anyway"))
        #expect(r.shell.session.scenario.measures.map(\.id) == ["motors"])
    }

    @Test func dashCThenDashFThenTheLoopOnlyWithDashI() throws {
        let folder = try TemporaryFolder("erqi-startup")
        defer { folder.remove() }
        try folder.write("s.erqi", "add rooftop_pv\n")
        let both = ShellStartup(initFile: nil, commands: "add motors", scriptFile: folder.file("s.erqi"), stayInteractive: false)
        let r = run(both)
        #expect(r.status == 0)
        #expect(r.shell.session.scenario.measures.map(\.id) == ["motors", "rooftop_pv"])

        var interactive = both
        interactive.stayInteractive = true
        #expect(run(interactive).status == nil)
        #expect(both.isScripted && !ShellStartup(initFile: nil, commands: nil, scriptFile: nil, stayInteractive: true).isScripted)
    }

    @Test func anErrorInDashCEndsTheShellBeforeDashFEvenWithDashI() throws {
        let folder = try TemporaryFolder("erqi-startup")
        defer { folder.remove() }
        try folder.write("s.erqi", "add rooftop_pv\n")
        let r = run(ShellStartup(initFile: nil, commands: "add motors; levrs", scriptFile: folder.file("s.erqi"),
                                 stayInteractive: true))
        #expect(r.status == 2)
        #expect(r.sink.errors.contains("-c:2: unknown command 'levrs'"))
        #expect(r.shell.session.scenario.measures.map(\.id) == ["motors"])
    }
}
