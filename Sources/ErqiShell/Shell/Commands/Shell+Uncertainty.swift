import ErqiBatch
import ErqiModel

extension Shell {
    func uncertain(_ args: [String], line: String) throws(ShellError) -> Reply {
        guard args.count >= 2 else { throw ShellError("usage: \(Command.uncertain.spec.usage)") }
        let key = args[0]
        let was = UncertaintyText.line(for: key, baseline: session.baseline, scenario: session.scenario)
        return try change(line) { (s: inout Scenario) throws(EditError) in
            try UncertaintyEditor.uncertain(&s, key: key, words: Array(args.dropFirst()), baseline: session.baseline)
        } describe: { s in
            let now = UncertaintyText.line(for: key, baseline: self.session.baseline, scenario: s) ?? key
            return now + (was.map { "\n(was: \($0))" } ?? "")
        }
    }

    func certain(_ args: [String], line: String) throws(ShellError) -> Reply {
        try arguments(args, Command.certain.spec, count: 1...1)
        let key = args[0]
        return try change(line) { (s: inout Scenario) throws(EditError) in
            try UncertaintyEditor.certain(&s, key: key, baseline: session.baseline)
        } describe: { _ in "\(key) is certain in this scenario" }
    }
}
