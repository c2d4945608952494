/// What a patch writes in a compiled scenario, by index.
public enum PatchTarget: Equatable, Sendable {
    /// A parameter the model reads: its slot in the layout.
    case parameter(slot: Int, key: ParameterKey)
    /// A baseline parameter the model does not read: accepted, changes nothing.
    case inert(key: String)
    /// A numeric field of measure `measure`: `field` indexes `LeverSpec.fields`.
    case field(measure: Int, field: Int)
    /// The count of one vehicle class in measure `measure`: `term` indexes `CompiledScenario.vehicleTerms`.
    case vehicleCount(measure: Int, term: Int)
    /// The start month of measure `measure`.
    case startMonth(measure: Int)
}

/// The values a patch target takes: the bounds used to validate a patch and to search
/// (solve), and whether only whole numbers are allowed.
public struct PatchRange: Equatable, Sendable {
    /// Lowest allowed value; nil when unbounded below.
    public var lower: Double?
    /// False when `lower` itself is not allowed (rates above −1, factors above 0).
    public var lowerIncluded: Bool
    /// Highest allowed value; nil when unbounded above.
    public var upper: Double?
    public var upperIncluded: Bool
    public var isInteger: Bool

    public init(lower: Double?, lowerIncluded: Bool = true, upper: Double?, upperIncluded: Bool = true, isInteger: Bool = false) {
        self.lower = lower; self.lowerIncluded = lowerIncluded; self.upper = upper
        self.upperIncluded = upperIncluded; self.isInteger = isInteger
    }

    /// The range of a parameter rule.
    init(_ rule: ValueRule) {
        switch rule {
        case .nonNegative: self.init(lower: 0, upper: nil)
        case .positive: self.init(lower: 0, lowerIncluded: false, upper: nil)
        case .fraction: self.init(lower: 0, upper: 1)
        case .rate: self.init(lower: -1, lowerIncluded: false, upper: nil)
        case .change: self.init(lower: -1, lowerIncluded: false, upper: 1, upperIncluded: false)
        case .month: self.init(lower: 1, upper: 13, isInteger: true)
        case .elasticity: self.init(lower: nil, upper: 0)
        }
    }
}

/// A value of a compiled scenario that can be patched, resolved once from its name
/// (`ID.FIELD` or a parameter key) by `PatchableScenario.handle(_:)`. Setting a value through
/// it validates the value and writes by index: no string is looked up.
public struct PatchHandle: Equatable, Sendable {
    /// The name it was resolved from, for messages (`pv-mazhai.capacity_mw`, `growth.industry`).
    public let name: String
    public let target: PatchTarget
    /// The values it may take.
    public let range: PatchRange
    /// True when a change to it changes business as usual (so BAU is recomputed).
    public let entersBAU: Bool
    /// For a vehicle count of a yellow-label measure: the class whose stock bounds the sum.
    let stockClass: Int?
    let rule: Rule

    enum Rule: Equatable, Sendable {
        case parameter(ValueRule)
        case field(FieldSpec)
        case startMonth
    }

    /// Why `value` is not allowed here, or nil (the same messages as compiling a scenario).
    public func problem(_ value: Double) -> String? {
        switch rule {
        case .parameter(let r): r.problem(value)
        case .field(let f): f.problem(value)
        case .startMonth:
            value.isFinite && value == value.rounded() && value >= 1 && value <= 13 ? nil
                : "expected a whole month 1…13 (13: not in 2015), got \(formatNumber(value))"
        }
    }
}
