import ErqiBatch
import ErqiModel
import ErqiRender
import ErqiReport

extension Shell {
    /// `chart wedges|townships|water`: the current result as a text bar chart.
    func chart(_ args: [String], _ spec: CommandSpec) throws(ShellError) -> Reply {
        try arguments(args, spec, count: 1...1)
        let name = args[0]
        let r = try result()
        guard let chart = TextCharts.chart(name, r) else {
            throw ShellError("unknown chart '\(name)'\(Suggestions.hint(name, TextCharts.names)); charts: \(TextCharts.names.joined(separator: ", "))")
        }
        var style = session.settings.chartStyle
        if let width = terminalWidth() { style.width = width }
        // Colour never goes into a file.
        if session.settings.target != .standardOutput { style.colour = false }
        return Reply(chart.render(style))
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
