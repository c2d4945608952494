public import ErqiModel

/// Where the session finds the plan's task list (the embedded copy, or a fixture in tests).
/// Throws a message when the list cannot be read.
public typealias PlanTaskProvider = @Sendable () throws -> [PlanTask]
