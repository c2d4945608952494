/// A measure field's value: a number or a word (sector, township, profile, note).
public enum FieldValue: Equatable, Sendable, CustomStringConvertible {
    case number(Double)
    case text(String)

    /// The number, or nil for text.
    public var number: Double? {
        if case .number(let v) = self { return v }
        return nil
    }

    /// The text, or nil for a number.
    public var text: String? {
        if case .text(let s) = self { return s }
        return nil
    }

    public var description: String {
        switch self {
        case .number(let v): formatNumber(v)
        case .text(let s): s
        }
    }
}

/// One sized instance of a lever in a scenario.
public struct Measure: Equatable, Sendable {
    /// Unique within the scenario; a lever's own name needs no `lever` key in files.
    public var id: String
    public var lever: LeverKind
    /// Every field given, by name (`capacity_tph`, `start_month`, `count.bus`, `note`, …);
    /// absent fields take the lever's defaults.
    public var fields: [String: FieldValue]

    public init(id: String, lever: LeverKind, fields: [String: FieldValue] = [:]) {
        self.id = id; self.lever = lever; self.fields = fields
    }

    /// The numeric value of a field, or nil if absent or text.
    public func number(_ name: String) -> Double? { fields[name]?.number }
}

/// A pin on the baseline a scenario was written against.
public struct BaselinePin: Equatable, Sendable {
    public var id: String
    public var sha256: String?

    public init(id: String, sha256: String?) { self.id = id; self.sha256 = sha256 }
}

/// A scenario: measures, assumption overrides and options, on top of a baseline.
public struct Scenario: Equatable, Sendable {
    public var name: String
    public var title: String
    public var description: String
    /// The parent scenario, already merged in by the files layer when evaluated.
    public var extends: String?
    /// Parameter overrides by key.
    public var assumptions: [String: Double]
    /// `pv_accounting` override; nil keeps the baseline's.
    public var pvAccounting: PVAccounting?
    /// In file order.
    public var measures: [Measure]
    public var baselinePin: BaselinePin?
    /// Uncertainty by key (an assumption key or `ID.FIELD`): these override the baseline's,
    /// and `certain` makes an inherited one certain.
    public var uncertainty: [String: UncertaintySetting]
    /// Year-to-date figures (docs/MODEL.md §14); nil without.
    public var actuals: Actuals?

    public init(name: String, title: String = "", description: String = "", extends: String? = nil,
                assumptions: [String: Double] = [:], pvAccounting: PVAccounting? = nil,
                measures: [Measure] = [], baselinePin: BaselinePin? = nil,
                uncertainty: [String: UncertaintySetting] = [:], actuals: Actuals? = nil) {
        self.name = name; self.title = title; self.description = description; self.extends = extends
        self.assumptions = assumptions; self.pvAccounting = pvAccounting; self.measures = measures
        self.baselinePin = baselinePin; self.uncertainty = uncertainty; self.actuals = actuals
    }

    /// Index of the measure with this id, or nil.
    public func measureIndex(_ id: String) -> Int? { measures.firstIndex { $0.id == id } }
}

/// Shortest text that reads back as the same double; whole numbers without a decimal point.
public func formatNumber(_ v: Double) -> String {
    if v.isFinite, v == v.rounded(), abs(v) < 1e15 {
        return String(Int64(v))
    }
    return "\(v)"
}
