import Foundation
import Testing
@testable import ErqiShell

@Suite struct RunnerTests {
    func runner(_ inputs: [ShellInput], mode: ShellRunner.Mode, shell: Shell = Fixtures.shell()) -> (ShellRunner, LinesSource, CapturedOutput) {
        let source = LinesSource(inputs: inputs)
        let sink = CapturedOutput()
        return (ShellRunner(shell: shell, source: source, sink: sink, mode: mode), source, sink)
    }

    @Test func scriptStopsAtTheFirstErrorWithNameLineAndStatus2() {
        let (r, _, sink) = runner([.line("add motors"), .line("# comment"), .line("set motors.capacity_kw 5 parsecs"), .line("goals")],
                                  mode: .script(name: "<stdin>"))
        #expect(r.run() == 2)
        #expect(sink.errors.hasPrefix("<stdin>:3: motors.capacity_kw: unit 'parsecs' does not fit; expected kW"))
        #expect(!sink.output.contains("label"))
    }

    @Test func bailOffGoesOnButStillFails() {
        let (r, _, sink) = runner([.line(".bail off"), .line("frobnicate"), .line("goals")], mode: .script(name: "-c"))
        #expect(r.run() == 2)
        #expect(sink.errors.contains("-c:2: unknown command 'frobnicate'"))
        #expect(sink.output.contains("intensity"))
    }

    @Test func commandsForMinusC() {
        let source = LinesSource([])
        let sink = CapturedOutput()
        let r = ShellRunner(shell: Fixtures.shell(), source: source, sink: sink, mode: .script(name: "-c"))
        #expect(r.run(commands: ["add motors", "set motors.capacity_kw 1MW", "quit", "goals"]) == 0)
        #expect(sink.output.contains("motors.capacity_kw = 1000 kW"))
        #expect(!sink.output.contains("status"))
        #expect(source.prompts.isEmpty)
    }

    @Test func fileScriptsNameTheFile() throws {
        let dir = Fixtures.temporaryFolder()
        let path = dir + "/what-if.erqi"
        try "add motors\n\nset motors.gain 1.5\n".write(toFile: path, atomically: true, encoding: .utf8)
        let sink = CapturedOutput()
        let r = ShellRunner(shell: Fixtures.shell(), source: LinesSource([]), sink: sink, mode: .script(name: path))
        #expect(r.run(file: path) == 2)
        #expect(sink.errors.hasPrefix("\(path):3: "))
        #expect(r.run(file: dir + "/missing.erqi") == 2)
    }

    @Test func sourceRunsAFileAndStopsAtItsFirstError() throws {
        let dir = Fixtures.temporaryFolder()
        try "add motors\nset motors.capacity_kw 2000\nadd motors as motors\nadd rooftop_pv\n".write(toFile: dir + "/s.erqi", atomically: true, encoding: .utf8)
        let shell = Fixtures.shell()
        let out = shell.execute(line: "source \(dir)/s.erqi")
        #expect(out.error == "\(dir)/s.erqi:3: a measure 'motors' exists already")
        #expect(out.output.contains("added motors"))
        #expect(shell.session.scenario.measures.map(\.id) == ["motors"])
    }

    @Test func sourceStopsWhenCancelled() throws {
        let dir = Fixtures.temporaryFolder()
        try "add motors\nadd rooftop_pv\n".write(toFile: dir + "/s.erqi", atomically: true, encoding: .utf8)
        let shell = Fixtures.shell()
        shell.isCancelled = { true }
        let out = shell.execute(line: "source \(dir)/s.erqi")
        #expect(out.error?.contains("interrupted") == true)
        #expect(shell.session.scenario.measures.isEmpty)
    }

    @Test func interactivePromptsAndKeepsGoingAfterErrors() {
        let (r, source, sink) = runner([.line("nonsense"), .line("add motors"), .interrupted, .line("quit!")], mode: .interactive)
        #expect(r.run() == 0)
        #expect(source.prompts == ["erqi> ", "erqi> ", "erqi> ", "erqi> "])
        #expect(sink.errors.hasPrefix("error: unknown command 'nonsense'"))
        #expect(sink.output.contains("added motors"))
        #expect(source.history == ["nonsense", "add motors", "quit!"])
    }

    @Test(arguments: ["quit", "exit"])
    func quitAndExitShareTheUnsavedGuard(word: String) {
        let (r, source, sink) = runner([.line("add motors"), .line(word), .line(word), .line("never read")], mode: .interactive)
        #expect(r.run() == 0)
        #expect(sink.errors == ShellRunner.unsavedWarning + "\n")
        #expect(source.prompts.count == 3)
    }

    @Test func aChangeAfterTheWarningArmsTheGuardAgain() {
        let (r, source, sink) = runner([.line("add motors"), .line("quit"), .line("add rooftop_pv"), .endOfInput, .endOfInput],
                                       mode: .interactive)
        #expect(r.run() == 0)
        #expect(sink.errors == String(repeating: ShellRunner.unsavedWarning + "\n", count: 2))
        #expect(source.prompts.count == 5)
    }

    @Test(arguments: ["quit!", "exit!"])
    func quitBangLeavesAnyway(word: String) {
        let (r, source, sink) = runner([.line("add motors"), .line(word), .line("never read")], mode: .interactive)
        #expect(r.run() == 0)
        #expect(sink.errors.isEmpty)
        #expect(source.prompts.count == 2)
    }

    @Test func quitWithoutChangesLeavesAtOnce() {
        let (r, source, _) = runner([.line("goals"), .line("quit"), .line("never read")], mode: .interactive)
        #expect(r.run() == 0)
        #expect(source.prompts.count == 2)
    }

    @Test func ctrlDWithUnsavedChangesWarnsOnce() {
        let (r, source, sink) = runner([.line("add motors"), .endOfInput, .endOfInput, .line("never read")], mode: .interactive)
        #expect(r.run() == 0)
        #expect(sink.errors == ShellRunner.unsavedWarning + "\n")
        #expect(source.prompts.count == 3)
    }

    @Test func ctrlDWithoutChangesQuitsAtOnce() {
        let (r, source, sink) = runner([.line("goals"), .endOfInput, .line("never read")], mode: .interactive)
        #expect(r.run() == 0)
        #expect(sink.errors.isEmpty)
        #expect(source.prompts.count == 2)
    }

    @Test func scriptModeHasNoPrompt() {
        let (r, source, _) = runner([.line("goals")], mode: .script(name: "<stdin>"))
        #expect(r.run() == 0)
        #expect(source.prompts.allSatisfy { $0.isEmpty })
    }
}

/// `;` and a trailing `\` at the prompt (issue 9).
@Suite struct PromptLineTests {
    func run(_ inputs: [ShellInput]) -> (Shell, LinesSource, CapturedOutput) {
        let shell = Fixtures.shell()
        let source = LinesSource(inputs: inputs)
        let sink = CapturedOutput()
        _ = ShellRunner(shell: shell, source: source, sink: sink, mode: .interactive).run()
        return (shell, source, sink)
    }

    @Test func semicolonsSeparateCommands() {
        let (shell, source, sink) = run([.line("add motors; set motors.capacity_kw 1MW; set motors.note \"a\\\"; b\""), .line("quit!")])
        #expect(shell.session.scenario.measures.first?.fields["capacity_kw"] == .number(1000))
        #expect(shell.session.scenario.measures.first?.fields["note"] == .text("a\"; b"))
        #expect(sink.output.contains("added motors"))
        #expect(source.history.first == "add motors; set motors.capacity_kw 1MW; set motors.note \"a\\\"; b\"")
    }

    @Test func theFirstFailureEndsTheLine() {
        let (shell, _, sink) = run([.line("add motors; frobnicate; add rooftop_pv"), .line("quit!")])
        #expect(shell.session.scenario.measures.map(\.id) == ["motors"])
        #expect(sink.errors.contains("unknown command 'frobnicate'"))
        #expect(sink.errors.contains("(1 later command on the line not run)"))
    }

    @Test func aTrailingBackslashContinuesTheLine() {
        let (shell, source, _) = run([.line("add rooftop_pv \\"), .line("as pv-campus"), .line("quit!")])
        #expect(shell.session.scenario.measures.map(\.id) == ["pv-campus"])
        #expect(source.prompts == ["erqi> ", LineContinuation.prompt, "erqi> "])
        #expect(source.history.first == "add rooftop_pv as pv-campus")
    }

    @Test func aBackslashInsideQuotesDoesNotContinue() {
        #expect(LineContinuation.continued("set a.note \"x\\") == nil)
        #expect(LineContinuation.continued("set a.note 'x\\'") == nil)
        #expect(LineContinuation.continued("add motors \\") == "add motors ")
    }
}
