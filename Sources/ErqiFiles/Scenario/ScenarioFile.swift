public import ErqiModel

/// How a scenario file states one measure, before it is merged with the parent's.
public enum MeasureEntry: Equatable, Sendable {
    /// `null`: remove the measure of this id inherited from the parent.
    case remove
    /// The fields the file gives; `lever` is the file's `lever` key, nil when left out;
    /// `unset` the inherited fields the file sets to `null` (sorted), which take their
    /// defaults again.
    case fields([String: FieldValue], lever: LeverKind?, unset: [String] = [])
}

/// A scenario file as written, before its `extends` chain is merged in: what `fmt` rewrites.
public struct ScenarioFile: Equatable, Sendable {
    public var name: String
    public var title: String
    public var description: String
    /// The parent: a scenario name in the same folder, or a relative path.
    public var extends: String?
    /// Parameter overrides by key; these override the parent's.
    public var assumptions: [String: Double]
    /// Inherited assumptions the file sets to `null` (sorted): the baseline's value again.
    public var unsetAssumptions: [String]
    /// `options.pv_accounting`; nil inherits.
    public var pvAccounting: PVAccounting?
    /// `options.pv_accounting` is `null`: the inherited option unset (the baseline's default).
    public var unsetsPVAccounting = false
    /// Measures in file order.
    public var measures: [(id: String, entry: MeasureEntry)]
    public var baselinePin: BaselinePin?
    /// `uncertainty` by key; `certain` is the file's `null`. These override the parent's.
    public var uncertainty: [String: UncertaintySetting]
    /// `actuals`: year-to-date figures over the parent's; nil inherits them unchanged.
    public var actuals: ActualsEntry?

    public init(name: String, title: String = "", description: String = "", extends: String? = nil,
                assumptions: [String: Double] = [:], unsetAssumptions: [String] = [], pvAccounting: PVAccounting? = nil,
                measures: [(id: String, entry: MeasureEntry)] = [], baselinePin: BaselinePin? = nil,
                uncertainty: [String: UncertaintySetting] = [:], actuals: ActualsEntry? = nil) {
        self.name = name; self.title = title; self.description = description; self.extends = extends
        self.assumptions = assumptions; self.unsetAssumptions = unsetAssumptions.sorted()
        self.pvAccounting = pvAccounting; self.measures = measures
        self.baselinePin = baselinePin; self.uncertainty = uncertainty; self.actuals = actuals
    }

    public static func == (a: ScenarioFile, b: ScenarioFile) -> Bool {
        a.name == b.name && a.title == b.title && a.description == b.description && a.extends == b.extends
            && a.assumptions == b.assumptions && a.unsetAssumptions == b.unsetAssumptions && a.pvAccounting == b.pvAccounting && a.unsetsPVAccounting == b.unsetsPVAccounting && a.baselinePin == b.baselinePin
            && a.uncertainty == b.uncertainty && a.actuals == b.actuals
            && a.measures.count == b.measures.count
            && zip(a.measures, b.measures).allSatisfy { $0.id == $1.id && $0.entry == $1.entry }
    }

    /// The entry for a measure id, or nil.
    public func entry(_ id: String) -> MeasureEntry? { measures.first { $0.id == id }?.entry }
}

/// Text-valued measure fields; every other field holds a number.
public enum MeasureTextFields {
    /// `profile`, `township`, `sector`, `note`.
    public static let names = [CommonField.profile, CommonField.township, CommonField.sector, CommonField.note]

    /// What the text names, for messages.
    static func meaning(_ field: String) -> String {
        switch field {
        case CommonField.profile: "a profile name"
        case CommonField.township: "a township id"
        case CommonField.sector: "a sector id"
        default: "text"
        }
    }
}
