import ErqiBatch
import ErqiModel
import ErqiRender

/// Tab completion that knows the command line's context: command names first, then measure
/// ids and `ID.FIELD`, levers, parameter keys by dotted segment, option values, field values
/// (townships, sectors, profiles, months), scenario names and file paths, help topics.
public struct Completer {
    public let session: Session

    public init(session: Session) { self.session = session }

    /// Full words that may replace `word`, the partial word at the cursor; `before` is the
    /// line's text before it. Sorted, without duplicates.
    public func candidates(before: String, word: String) -> [String] {
        let words = WordSplitter.scan(before).words
        let all = options(words, word).filter { $0.hasPrefix(word) }
        // Months keep the calendar's order. libedit sorts what it lists, so the full list is
        // numbered (`01-jan` … `13-never`, which `set` reads) to stay in that order on screen.
        if words.count == 2, words[0] == "set", words[1].hasSuffix("." + CommonField.startMonth) {
            if word.isEmpty {
                return (MeasureFacts.monthNames + ["never"]).enumerated().map { i, m in (i < 9 ? "0" : "") + "\(i + 1)-\(m)" }
            }
            var seen = Set<String>()
            return all.filter { seen.insert($0).inserted }
        }
        return Array(Set(all)).sorted()
    }

    private func options(_ words: [String], _ word: String) -> [String] {
        guard let name = words.first else { return Command.names }
        guard let command = Command(named: name) else { return [] }
        let position = words.count
        let baseline = session.baseline, scenario = session.scenario
        switch command {
        case .help:
            return position == 1 ? Command.names : []
        case .add:
            return position == 1 ? LeverKind.allCases.map(\.id) : (position == 2 ? ["as"] : [])
        case .set:
            if position == 1 { return fieldPaths(word, includeLevers: true) }
            if position == 2 { return values(for: words[1]) }
            return []
        case .unset:
            return position == 1 ? givenFieldPaths() : []
        case .remove:
            return position == 1 ? scenario.measures.map(\.id) : []
        case .show:
            guard position == 1 else { return [] }
            return scenario.measures.map(\.id) + LeverKind.allCases.map(\.id) + ["actuals"]
                + KeySegments.next(word, in: baseline.parameters.map(\.key))
        case .explain:
            guard position == 1 else { return [] }
            return Explainer.quantities + scenario.measures.map(\.id) + baseline.townships.map { "township.\($0.id)" }
        case .solve:
            if position == 1 { return GoalID.all(in: baseline).map { $0.id(in: baseline) } + ["district", "all"] }
            if position == 2 { return ["by"] }
            if position == 3 { return fieldPaths(word, includeLevers: true) + KeySegments.next(word, in: baseline.parameters.map(\.key)) + ["scale("] }
            return position == 4 ? ["from", "apply"] : (position == 6 ? ["to"] : (position == 8 ? ["apply"] : []))
        case .montecarlo, .barometer:
            return position == 2 || position == 1 ? ["seed"] : []
        case .sensitivity:
            return position == 1 ? MonteCarloKeys.outputs(baseline: baseline) : []
        case .assume:
            if position == 1 { return KeySegments.next(word, in: baseline.parameters.map(\.key)) }
            return position == 2 ? ["default"] : []
        case .uncertain:
            if position == 1 { return KeySegments.next(word, in: UncertaintyText.candidateKeys(baseline: baseline)) + numericFieldPaths(word) }
            if position == 2 { return DistributionKind.allCases.map(\.id) }
            return UncertaintyEditor.fieldWords
        case .certain:
            guard position == 1 else { return [] }
            return KeySegments.next(word, in: UncertainInputs.resolve(baseline: baseline, scenario: scenario).inputs.map(\.key))
        case .option:
            return position == 1 ? ["pv_accounting"] : (position == 2 ? PVAccounting.allCases.map(\.rawValue) + ["default"] : [])
        case .actual:
            if position == 1 { return ["energy", "va", "through", "clear"] }
            if position == 2 && words[1] == "energy" { return ActualsEditor.Kind.energy.sectors.map(\.id) }
            if position == 2 && words[1] == "va" { return ActualsEditor.Kind.va.sectors.map(\.id) }
            if position == 2 && words[1] == "through" { return Array(MeasureFacts.monthNames.prefix(11)) }
            return position == 3 && (words[1] == "energy" || words[1] == "va") ? ["none"] : []
        case .load, .save:
            return position == 1 ? scenarioNames(word) + FileCompletion.paths(word, extension: "json") : []
        case .compare, .run, .check:
            return scenarioNames(word) + FileCompletion.paths(word, extension: "json") + ["current"]
        case .sweep:
            return position == 1 ? scenarioNames(word) + FileCompletion.paths(word, extension: "json") + ["current"] : []
        case .source, .once, .export, .report:
            return position == 1 ? FileCompletion.paths(word) : []
        case .output:
            return position == 1 ? FileCompletion.paths(word) + ["stdout"] : []
        case .folder:
            return position == 1 ? FileCompletion.paths(word, directoriesOnly: true) : []
        case .mode:
            return position == 1 ? OutputFormat.allCases.map(\.rawValue) : []
        case .timer, .bail, .pager:
            return position == 1 ? ["on", "off"] : []
        case .baseline:
            if position == 1 { return ["load"] }
            return position == 2 ? FileCompletion.paths(word) + ["embedded"] : []
        case .charset:
            return position == 1 ? ChartCharset.allCases.map(\.rawValue) : []
        case .chart:
            if position == 1 { return Shell.chartNames }
            if words[1] == "tornado" { return position == 2 ? MonteCarloKeys.outputs(baseline: baseline) : [] }
            return words[1] == "montecarlo" && (position == 2 || position == 3) ? ["seed"] : []
        case .sources:
            return position == 1 ? KeySegments.next(word, in: baseline.parameters.map(\.key)) : []
        case .goals, .result, .townships, .departments, .measures, .levers, .tasks, .diff, .undo, .redo, .reset,
             .history, .scenarios, .quit, .title, .describe, .edit, .clear:
            return []
        }
    }

    /// `ID.FIELD` for the measures (and, for `set`, levers not yet in the scenario); after
    /// `ID.` only that measure's fields.
    private func fieldPaths(_ word: String, includeLevers: Bool) -> [String] {
        var owners: [(String, LeverKind)] = session.scenario.measures.map { ($0.id, $0.lever) }
        if includeLevers {
            owners += LeverKind.allCases.filter { session.scenario.measureIndex($0.id) == nil }.map { ($0.id, $0) }
        }
        if let dot = word.firstIndex(of: ".") {
            let id = String(word[..<dot])
            owners = owners.filter { $0.0 == id }
        }
        return owners.flatMap { id, lever in
            ScenarioEditor.fieldNames(for: lever, baseline: session.baseline).map { "\(id).\($0)" }
        }
    }

    private func givenFieldPaths() -> [String] {
        session.scenario.measures.flatMap { m in m.fields.keys.map { "\(m.id).\($0)" } }
    }

    /// Values for the field named by `path` (`ID.township`, `ID.sector`, `ID.profile`, `ID.start_month`).
    private func values(for path: String) -> [String] {
        guard let dot = path.lastIndex(of: ".") else { return [] }
        switch String(path[path.index(after: dot)...]) {
        case CommonField.township: return session.baseline.townships.flatMap { [$0.id, $0.name] }
        case CommonField.sector: return Sector.allCases.map(\.id)
        case CommonField.profile: return session.baseline.profileNames
        case CommonField.startMonth: return MeasureFacts.monthNames + ["never"]
        default: return []
        }
    }

    private func scenarioNames(_ word: String) -> [String] {
        word.contains("/") ? [] : ScenarioFiles.names(in: session.scenariosFolder)
    }
    /// `ID.FIELD` of the measures' numeric fields, which may be uncertain.
    private func numericFieldPaths(_ word: String) -> [String] {
        let text: Set<String> = [CommonField.note, CommonField.profile, CommonField.township, CommonField.sector]
        return fieldPaths(word, includeLevers: false).filter { path in
            guard let dot = path.firstIndex(of: ".") else { return false }
            return !text.contains(String(path[path.index(after: dot)...]))
        }
    }
}
