import ErqiModel
import ErqiRender

extension Shell {
    /// `.mode [FORMAT]`: shows or sets how tables are written.
    func modeSetting(_ args: [String]) throws(ShellError) -> Reply {
        guard let value = try settingValue(args, .mode) else { return Reply("mode \(session.settings.format.rawValue)") }
        let modes = OutputFormat.allCases.map(\.rawValue)
        guard let f = OutputFormat(rawValue: value) else {
            throw ShellError("unknown mode '\(value)'\(Suggestions.hint(value, modes)); modes: \(modes.joined(separator: ", "))")
        }
        session.settings.format = f
        return Reply()
    }

    /// `.once FILE`: the next command's output goes to FILE.
    func onceSetting(_ args: [String]) throws(ShellError) -> Reply {
        guard let value = try settingValue(args, .once) else { throw ShellError("usage: \(Command.once.spec.usage)") }
        try ShellFileSystem.truncate(value)
        session.settings.target = .once(value)
        return Reply()
    }

    /// `.output [FILE|stdout]`: all output goes to FILE, or back to standard output.
    func outputSetting(_ args: [String]) throws(ShellError) -> Reply {
        guard let value = try settingValue(args, .output), value != "stdout", value != "-" else {
            session.settings.target = .standardOutput
            return Reply()
        }
        try ShellFileSystem.truncate(value)
        session.settings.target = .file(value)
        return Reply()
    }

    /// `.timer on|off`.
    func timerSetting(_ args: [String]) throws(ShellError) -> Reply {
        session.settings.timer = try onOff(try settingValue(args, .timer), Command.timer.spec, current: session.settings.timer)
        return Reply()
    }

    /// `.bail on|off`.
    func bailSetting(_ args: [String]) throws(ShellError) -> Reply {
        session.settings.bail = try onOff(try settingValue(args, .bail), Command.bail.spec, current: session.settings.bail)
        return Reply()
    }

    /// `.folder [DIR]`: shows or sets the scenarios folder.
    func folderSetting(_ args: [String]) throws(ShellError) -> Reply {
        guard let value = try settingValue(args, .folder) else {
            return Reply("scenarios folder: \(session.scenariosFolder.isEmpty ? "." : session.scenariosFolder)")
        }
        if !ShellFileSystem.isDirectory(value) { throw ShellError("\(value): no such folder") }
        session.scenariosFolder = value
        return Reply("scenarios folder: \(value)")
    }

    /// A setting's one optional argument; more is a usage error.
    private func settingValue(_ args: [String], _ command: Command) throws(ShellError) -> String? {
        guard args.count <= 1 else { throw ShellError("usage: \(command.spec.usage)") }
        return args.first
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
        guard let command = Command(named: topic) else {
            throw ShellError("no command '\(topic)'\(Suggestions.hint(topic, Command.names)); `help` lists the commands")
        }
        return Reply(HelpText.page(command.spec))
    }
}
