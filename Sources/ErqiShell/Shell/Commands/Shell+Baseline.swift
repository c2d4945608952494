import ErqiBatch
import ErqiFiles
import ErqiModel
import ErqiRender

extension Shell {
    /// `baseline` (what the session runs on) and `baseline load FILE|embedded` (switch, guarded:
    /// the old baseline stays when the new one cannot be read or the scenario fails on it).
    func baselineCommand(_ args: [String]) throws(ShellError) -> Reply {
        let spec = Command.baseline.spec
        if args.isEmpty {
            return Reply(BaselineSummary(session.baseline, sha256: session.digest.sha256, source: session.digest.source).text)
        }
        guard args.count == 2, args[0] == "load" else { throw ShellError("usage: \(spec.usage)") }
        let target = args[1]
        let loaded: LoadedBaseline
        do {
            loaded = try LoadedBaseline.load(path: target == "embedded" && !ShellFileSystem.exists(target) ? nil : target)
        } catch {
            throw ShellError("\(error.description)\nthe session stays on \(session.digest.source)")
        }
        let before = try? session.result()
        let after: ScenarioResult
        do { after = try Engine.project(baseline: loaded.baseline, scenario: session.scenario) } catch {
            throw ShellError("the scenario does not run on \(loaded.source):\n\(error.description)\nthe session stays on \(session.digest.source)")
        }
        let previous = session.digest.source
        session.switchBaseline(to: loaded)
        var reply = Reply(BaselineSummary(loaded.baseline, sha256: loaded.sha256, source: loaded.source).text)
        if let before {
            func met(_ r: ScenarioResult) -> String { "\(r.goals.filter(\.met).count) of \(r.goals.count)" }
            reply.add(Table(title: "\(session.scenario.name) on the new baseline",
                            columns: [Column("figure"), Column("before", right: true), Column("after", right: true)],
                            rows: [
                                [.text("intensity change"), .percent(before.totals.intensityChange, decimals: 2), .percent(after.totals.intensityChange, decimals: 2)],
                                [.text("still to save (tce)"), .number(max(before.totals.energyGapTce, 0), decimals: 0), .number(max(after.totals.energyGapTce, 0), decimals: 0)],
                                [.text("goals met"), .text(met(before)), .text(met(after))],
                            ]))
        }
        reply.notes.append("switched from \(previous); `baseline load \(previous == BaselineStore.embeddedFileName ? "embedded" : previous)` goes back")
        if let warning = loaded.pinWarning(for: session.scenario, file: session.document.file ?? session.scenario.name) {
            reply.notes.append(warning)
        }
        return reply
    }
}

extension Shell {
    /// `barometer [N] [seed S]`: the current result graded against the baseline's warning bands,
    /// with each goal's P(met) from N Monte Carlo draws (2,000 by default, 0 for none).
    func barometer(_ args: [String]) throws(ShellError) -> Reply {
        let (draws, seed) = try drawsAndSeed(args, defaultDraws: BarometerChances.defaultDraws, minimum: 0,
                                             usage: Command.barometer.spec.usage)
        let r = try result()
        var barometer: Barometer
        switch Barometer.Bands.from(session.baseline, assumptions: session.scenario.assumptions) {
        case .success(let bands): barometer = Barometer(result: r, bands: bands, throughMonth: session.scenario.actuals?.throughMonth)
        case .failure(let e): throw ShellError(e.description)
        }
        let cancel = ShellCancelFlag(isCancelled)
        do {
            try BarometerChances.attach(to: &barometer, baseline: session.baseline, scenario: session.scenario, draws: draws,
                                        seed: seed, workers: Parallel.cores, file: "current scenario",
                                        isCancelled: { cancel.poll() })
        } catch {
            throw ShellError(error.lines.joined(separator: "\n"))
        }
        return Reply(BarometerViews.table(barometer))
    }
}
