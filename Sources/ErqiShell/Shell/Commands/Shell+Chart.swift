import ErqiBatch
import ErqiModel
import ErqiRender
import ErqiReport

extension Shell {
    /// The chart names `chart` takes: the result's bar charts, then the analysis charts.
    static let chartNames = TextCharts.names + ["tornado", "montecarlo"]

    /// `chart wedges|townships|water`: the current result as a text bar chart; `chart tornado
    /// [OUTPUT]`: the sensitivity tornado; `chart montecarlo [N] [seed S]`: the histogram of the
    /// Monte Carlo draws of intensity change.
    func chart(_ args: [String], _ spec: CommandSpec) throws(ShellError) -> Reply {
        guard let name = args.first else { throw ShellError("usage: \(spec.usage)") }
        var style = session.settings.chartStyle
        if let width = terminalWidth() { style.width = width }
        // Colour never goes into a file.
        if session.settings.target != .standardOutput { style.colour = false }
        let rest = Array(args.dropFirst())
        switch name {
        case "tornado":
            guard rest.count <= 1 else { throw ShellError("usage: chart tornado [OUTPUT]") }
            return Reply(String(TornadoChart.render(try sensitivityReport(output: rest.first), style: style).dropLast()))
        case "montecarlo":
            return Reply(try monteCarloChart(rest, style: style))
        default:
            break
        }
        try arguments(args, spec, count: 1...1)
        let r = try result()
        guard let chart = TextCharts.chart(name, r) else {
            throw ShellError("unknown chart '\(name)'\(Suggestions.hint(name, Self.chartNames)); charts: \(Self.chartNames.joined(separator: ", "))")
        }
        return Reply(chart.render(style))
    }

    /// `chart montecarlo [N] [seed S]` (2,000 draws by default): the draws of intensity change
    /// as a histogram with the intensity goal's line and its probability of being met.
    func monteCarloChart(_ args: [String], style: ChartStyle) throws(ShellError) -> String {
        let (run, draws) = try monteCarloRun(args, defaultDraws: 2_000, usage: "chart montecarlo [N] [seed S]")
        let central = try result()
        let goal = central.goal("intensity")?.limit ?? -0.02
        let values = run.outputKeys.firstIndex(of: "intensity_change").map { run.draws.outputs[$0] } ?? []
        let met = run.report.goals.first { $0.id == "intensity" }.flatMap { g in
            g.ci95.count == 2 ? MonteCarloHistogram.Probability(probability: g.probability, low: g.ci95[0], high: g.ci95[1]) : nil
        }
        let valid = NumberFormat.fixed(Double(run.draws.valid), decimals: 0, grouping: true)
        let title = "\(session.scenario.name): intensity change over \(valid) valid Monte Carlo draws (seed \(run.report.seed)) 能耗变化"
        var text = String(MonteCarloHistogram.render(values: values, goal: goal, met: met, title: title, style: style).dropLast())
        if run.draws.partial { text += "\ninterrupted: \(run.draws.draws) of \(draws) draws made; the chart is partial" }
        return text
    }

    /// `report [FILE]` / `report! FILE`: the HTML briefing of the current scenario.
    func report(_ args: [String], force: Bool) throws(ShellError) -> Reply {
        try arguments(args, Command.report.spec, count: force ? 1...1 : 0...1)
        let r = try result()
        let path = args.first ?? "\(session.scenario.name).html"
        let file = session.document.file ?? "<session>"
        do {
            let input = try ReportAssembly.input(scenarios: [(file, session.scenario, r)], baseline: session.digest, date: today())
            try ReportAssembly.write(HTMLReport.render(input), to: path, force: force)
            return Reply("wrote \(path): \(ReportAssembly.summary(input))")
        } catch {
            if error.lines.contains(where: { $0.contains("already exists") }) {
                throw ShellError("\(path) exists; `report! \(path)` overwrites it")
            }
            throw ShellError(error.description)
        }
    }
}
