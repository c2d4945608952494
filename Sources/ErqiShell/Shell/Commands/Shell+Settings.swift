import ErqiModel
import ErqiRender

extension Shell {
    func setting(_ name: String, _ args: [String]) throws(ShellError) -> Reply {
        let spec = CommandCatalog.spec(name)!
        guard args.count <= 1 else { throw ShellError("usage: \(spec.usage)") }
        let value = args.first
        switch name {
        case ".mode":
            guard let value else { return Reply("mode \(session.settings.format.rawValue)") }
            let modes = OutputFormat.allCases.map(\.rawValue)
            guard let f = OutputFormat(rawValue: value) else {
                throw ShellError("unknown mode '\(value)'\(Suggestions.hint(value, modes)); modes: \(modes.joined(separator: ", "))")
            }
            session.settings.format = f
            return Reply()
        case ".once":
            guard let value else { throw ShellError("usage: \(spec.usage)") }
            try ShellFileSystem.truncate(value)
            session.settings.target = .once(value)
            return Reply()
        case ".output":
            guard let value, value != "stdout", value != "-" else { session.settings.target = .standardOutput; return Reply() }
            try ShellFileSystem.truncate(value)
            session.settings.target = .file(value)
            return Reply()
        case ".timer":
            session.settings.timer = try onOff(value, spec, current: session.settings.timer)
            return Reply()
        case ".bail":
            session.settings.bail = try onOff(value, spec, current: session.settings.bail)
            return Reply()
        case ".charset":
            guard let value else { return Reply("charset \(session.settings.chartStyle.charset.rawValue)") }
            let names = ChartCharset.allCases.map(\.rawValue)
            guard let c = ChartCharset(rawValue: value) else {
                throw ShellError("unknown charset '\(value)'\(Suggestions.hint(value, names)); charsets: \(names.joined(separator: ", "))")
            }
            session.settings.chartStyle.charset = c
            return Reply()
        case ".folder":
            guard let value else { return Reply("scenarios folder: \(session.scenariosFolder.isEmpty ? "." : session.scenariosFolder)") }
            if !ShellFileSystem.isDirectory(value) { throw ShellError("\(value): no such folder") }
            session.scenariosFolder = value
            return Reply("scenarios folder: \(value)")
        default:
            throw ShellError("unknown setting \(name)")
        }
    }

    private func onOff(_ value: String?, _ spec: CommandSpec, current: Bool) throws(ShellError) -> Bool {
        switch value {
        case "on": return true
        case "off": return false
        default: throw ShellError("usage: \(spec.usage) (now \(current ? "on" : "off"))")
        }
    }

    func help(_ args: [String]) throws(ShellError) -> Reply {
        guard args.count <= 1 else { throw ShellError("usage: help [COMMAND]") }
        guard let topic = args.first else { return Reply(HelpText.overview()) }
        guard let spec = CommandCatalog.spec(topic) else {
            throw ShellError("no command '\(topic)'\(Suggestions.hint(topic, CommandCatalog.names)); `help` lists the commands")
        }
        return Reply(HelpText.page(spec))
    }
}
