public import ErqiFiles
public import ErqiModel

/// The state of one shell session: the baseline, the scenario being edited with its undo and
/// redo stacks, the saved state (for the unsaved-changes flag), settings, the accepted
/// commands, and the last result (evaluated again only after a change).
public final class Session {
    public let baseline: Baseline
    /// The baseline's file digest and source, for checking scenario pins.
    public let digest: LoadedBaseline
    public private(set) var document: ScenarioDocument
    /// The folder `save NAME`, `load NAME` and `scenarios` use (default `scenarios`).
    public var scenariosFolder: String
    public var settings = SessionSettings()
    /// Accepted commands, in order.
    public private(set) var history: [String] = []
    let planTasks: PlanTaskProvider?

    private(set) var undoStack: [UndoStep] = []
    private(set) var redoStack: [UndoStep] = []
    /// The file and scenario last loaded or saved.
    private var saved: (file: String?, scenario: Scenario)
    private var cache: (scenario: Scenario, result: ScenarioResult)?

    /// A session on `baseline` editing `scenario` (a new empty one by default), loaded from
    /// `file` when given; `planTasks` supplies the `tasks` list.
    /// `digest`: the baseline with the SHA-256 that scenario pins are checked against (by
    /// default the embedded baseline's digest when `baseline` is the embedded one).
    public init(baseline: Baseline, scenario: Scenario = Scenario(name: "untitled"), file: String? = nil,
                parent: Scenario? = nil, scenariosFolder: String = "scenarios", planTasks: PlanTaskProvider? = nil,
                digest: LoadedBaseline? = nil) {
        self.baseline = baseline
        self.digest = digest ?? LoadedBaseline.describing(baseline)
        self.document = ScenarioDocument(scenario: scenario, file: file, parent: parent)
        self.scenariosFolder = scenariosFolder
        self.planTasks = planTasks
        self.saved = (file, scenario)
    }

    /// The scenario being edited.
    public var scenario: Scenario { document.scenario }

    /// True when the scenario differs from the file it was loaded from or saved to.
    public var isDirty: Bool { saved.file != document.file || saved.scenario != document.scenario }

    /// Commands `undo` and `redo` would revert or repeat, most recent last.
    public var undoCommands: [String] { undoStack.map(\.command) }
    public var redoCommands: [String] { redoStack.map(\.command) }

    /// The result of the current scenario, evaluated only when it changed since the last call.
    public func result() throws(ModelIssues) -> ScenarioResult {
        if let cache, cache.scenario == document.scenario { return cache.result }
        let r = try Engine.project(baseline: baseline, scenario: document.scenario)
        cache = (document.scenario, r)
        return r
    }

    /// The last result evaluated, if any (without evaluating).
    public var cachedResult: ScenarioResult? { cache?.result }

    /// Replaces the document as one undoable step named `command`; clears the redo stack.
    func change(to new: ScenarioDocument, command: String) {
        undoStack.append(UndoStep(before: document, command: command))
        redoStack.removeAll()
        document = new
    }

    /// Reverts the last change; returns its command, or nil when there is none.
    func undo() -> String? {
        guard let step = undoStack.popLast() else { return nil }
        redoStack.append(UndoStep(before: document, command: step.command))
        document = step.before
        return step.command
    }

    /// Repeats the last undone change; returns its command, or nil.
    func redo() -> String? {
        guard let step = redoStack.popLast() else { return nil }
        undoStack.append(UndoStep(before: document, command: step.command))
        document = step.before
        return step.command
    }

    /// Records that the document is now in `file` as it is.
    func markSaved(file: String, name: String) {
        document.file = file
        document.scenario.name = name
        saved = (file, document.scenario)
    }

    /// Records a loaded scenario as the saved state.
    func markLoaded() { saved = (document.file, document.scenario) }

    /// Appends an accepted command to the history.
    func record(_ line: String) { history.append(line) }
}
