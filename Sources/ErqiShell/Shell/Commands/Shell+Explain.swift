import ErqiModel

extension Shell {
    func explain(_ args: [String], _ spec: CommandSpec) throws(ShellError) -> Reply {
        guard args.count == 1 || (args.count == 2 && args[0] == "measure") else { throw ShellError("usage: \(spec.usage)") }
        let explainer = Explainer(baseline: session.baseline, scenario: session.scenario, result: try result())
        return Reply(try explainer.explain(args.last!, measureOnly: args.count == 2))
    }
}
