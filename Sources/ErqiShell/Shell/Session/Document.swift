public import ErqiModel

/// What `undo` and `redo` restore: the scenario being edited and the file it belongs to.
public struct ScenarioDocument: Equatable, Sendable {
    /// The scenario as edited now (its `extends` parent already merged in).
    public var scenario: Scenario
    /// The file it was loaded from or last saved to; nil for a new scenario.
    public var file: String?
    /// The scenario as loaded, for `diff` and `reset`.
    public var loaded: Scenario
    /// The merged parent it extends, so that `save` writes only what differs.
    public var parent: Scenario?

    public init(scenario: Scenario, file: String? = nil, loaded: Scenario? = nil, parent: Scenario? = nil) {
        self.scenario = scenario; self.file = file; self.loaded = loaded ?? scenario; self.parent = parent
    }
}

/// One undoable step: the document before the change and the command that made it.
struct UndoStep: Equatable, Sendable {
    var before: ScenarioDocument
    var command: String
}
