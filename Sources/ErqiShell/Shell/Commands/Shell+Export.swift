import ErqiFiles
import ErqiModel
import ErqiRender

extension Shell {
    /// `export FILE`: the current result, in the form FILE's extension names, written atomically.
    func export(_ args: [String], force: Bool) throws(ShellError) -> Reply {
        try arguments(args, Command.export.spec, count: 1...1)
        let path = args[0]
        if ShellFileSystem.exists(path) && !force {
            throw ShellError("\(path) exists; `export! \(path)` overwrites it")
        }
        let r = try result()
        let tables = [ResultViews.summary(r, honesty: honesty), ResultViews.goals(r)]
        let text: String
        switch path.split(separator: ".").last.map({ $0.lowercased() }) ?? "" {
        case "json": text = ResultCodec.text(r)
        case "jsonl": text = ResultCodec.line(r)
        case "csv": text = tables.map { TableRenderer.render($0, as: .csv) }.joined(separator: "\n")
        case "md", "markdown": text = tables.map { TableRenderer.render($0, as: .markdown) }.joined(separator: "\n")
        default: text = tables.map { TableRenderer.render($0, as: .table) }.joined(separator: "\n")
        }
        try ShellFileSystem.writeAtomically(text, to: path)
        return Reply("exported \(r.scenario) to \(path)")
    }
}
