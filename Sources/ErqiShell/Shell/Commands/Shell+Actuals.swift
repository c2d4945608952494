import ErqiBatch
import ErqiModel
import ErqiRender

extension Shell {
    /// `actual energy|va SECTOR VALUE`, `actual through MONTH`, `actual clear`; without
    /// arguments, the figures and their projection.
    func actual(_ args: [String], line: String) throws(ShellError) -> Reply {
        let spec = Command.actual.spec
        guard let verb = args.first else { return try showActuals() }
        switch verb {
        case "energy", "va":
            guard args.count >= 3 else { throw ShellError("usage: \(spec.usage)") }
            let kind = ActualsEditor.Kind(rawValue: verb)!
            let value = args.dropFirst(2).joined(separator: " ")
            let sector = Sector(id: args[1])
            let before = sector.flatMap { s in session.scenario.actuals.flatMap { kind == .energy ? $0.energyTce[s] : $0.valueAdded[s] } }
            return try change(line) { (s: inout Scenario) throws(EditError) in
                try ActualsEditor.figure(&s, kind: kind, sector: args[1], value: value)
            } describe: { s in
                let now = s.actuals.flatMap { kind == .energy ? $0.energyTce[Sector(id: args[1])!] : $0.valueAdded[Sector(id: args[1])!] }
                let k = s.actuals?.throughMonth.map { "January–\(Self.monthName($0))" } ?? "January to through_month"
                let was = before.map { " (was \(NumberFormat.fixed($0, decimals: 0, grouping: true)))" } ?? ""
                return "actuals.\(kind.key).\(args[1]) = " + (now.map { "\(NumberFormat.fixed($0, decimals: 0, grouping: true)) \(kind.unit), \(k)" } ?? "none") + was
            }
        case "through":
            try arguments(args, spec, count: 2...2)
            let before = session.scenario.actuals?.throughMonth
            return try change(line) { (s: inout Scenario) throws(EditError) in
                try ActualsEditor.through(&s, month: args[1])
            } describe: { s in
                let k = s.actuals!.throughMonth!
                return "actuals.through_month = \(k) (figures for January–\(Self.monthName(k)))" + (before.map { " (was \($0))" } ?? "")
            }
        case "clear":
            try arguments(args, spec, count: 1...1)
            return try change(line) { (s: inout Scenario) throws(EditError) in
                try ActualsEditor.clear(&s)
            } describe: { _ in "year-to-date figures cleared: every sector is projected by the model alone" }
        default:
            throw ShellError("actual \(verb): expected energy, va, through or clear\(Suggestions.hint(verb, ["energy", "va", "through", "clear"])); usage: \(spec.usage)")
        }
    }

    /// The scenario's figures and, when it evaluates, the projection of each (`show actuals`).
    func showActuals() throws(ShellError) -> Reply {
        guard let a = session.scenario.actuals else {
            return Reply("no year-to-date figures: `actual through MONTH` and `actual energy SECTOR VALUE` add them")
        }
        var reply = Reply("year-to-date figures for January–\(a.throughMonth.map(Self.monthName) ?? "?")" + (a.source.map { ", source: \($0)" } ?? ""))
        let r = try result()
        guard let ra = r.actuals else { return reply }
        reply.add(ActualsView.table(ra))
        return reply
    }

    static func monthName(_ k: Int) -> String {
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return (1...12).contains(k) ? names[k - 1] : "month \(k)"
    }
}
