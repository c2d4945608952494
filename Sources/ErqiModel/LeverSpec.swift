/// How a field's default is found when a measure does not give it.
public enum FieldDefault: Equatable, Sendable {
    /// Zero: a sizing field starts empty.
    case zero
    /// The baseline (or assumed) value of this parameter.
    case parameter(ModelConstant)
}

/// What a field holds.
public enum FieldKind: Equatable, Sendable {
    /// A non-negative number in `unit`; `maximum` bounds it when set (fractions: 1).
    case quantity(unit: String, maximum: Double?)
    /// Vehicles of one class: the field name is `count.<class>`.
    case vehicleCount
}

/// A sizing field of a lever.
public struct FieldSpec: Equatable, Sendable {
    public var name: String
    public var kind: FieldKind
    public var defaultValue: FieldDefault
    public var summary: String

    public init(_ name: String, _ kind: FieldKind, _ defaultValue: FieldDefault = .zero, _ summary: String) {
        self.name = name; self.kind = kind; self.defaultValue = defaultValue; self.summary = summary
    }

    /// Why `value` is not allowed in this field, or nil (docs/MODEL.md §7): sizes ≥ 0, fractions
    /// at most 1, counts whole. Read by the compiler and by patches alike.
    public func problem(_ value: Double) -> String? {
        switch kind {
        case .vehicleCount:
            if value < 0 || value != value.rounded() || !value.isFinite {
                return "expected a whole number of vehicles ≥ 0, got \(formatNumber(value))"
            }
        case .quantity(let unit, let maximum):
            if !value.isFinite || value < 0 { return "expected a number ≥ 0 in \(unit), got \(formatNumber(value))" }
            if let maximum, value > maximum { return "expected a fraction 0…\(formatNumber(maximum)), got \(formatNumber(value))" }
        }
        return nil
    }

    /// The field's unit (`vehicles` for counts).
    public var unit: String {
        switch kind {
        case .quantity(let unit, _): unit
        case .vehicleCount: "vehicles"
        }
    }
}

/// A lever's description: what it models, its fields and defaults, and who leads it.
public struct LeverSpec: Equatable, Sendable {
    public var kind: LeverKind
    public var title: String
    public var chineseTitle: String
    /// The plan's task number, nil for the water targets (section 二).
    public var planTask: Int?
    /// The lead unit (牵头单位).
    public var leadUnit: String
    /// The sector it acts on by default.
    public var sector: Sector
    /// Whether a measure may name another sector.
    public var sectorIsField: Bool
    public var defaultProfile: String
    public var defaultStartMonth: Int
    public var defaultTownship: String?
    public var fields: [FieldSpec]
    /// The baseline constants its formula reads besides the sector quantities of docs/MODEL.md §3.1
    /// (energy, air, water, coefficients); a field's default is listed with the field.
    public var reads: [ModelConstant]
    /// Whether it reads the `vehicle.<class>.*` numbers and `coef.density.<fuel>`.
    public var readsVehicles: Bool
    /// One line on the effect, for `help` and `show`.
    public var effect: String

    /// A lever with the common defaults: its sector fixed, the flat profile, in force from
    /// January, spread over the townships by share.
    public init(_ kind: LeverKind, _ title: String, _ chineseTitle: String, task planTask: Int?, lead leadUnit: String,
                sector: Sector, sectorIsField: Bool = false, profile: String = "flat", startMonth: Int = 1,
                township: String? = nil, fields: [FieldSpec], reads: [ModelConstant] = [], readsVehicles: Bool = false,
                effect: String) {
        self.kind = kind; self.title = title; self.chineseTitle = chineseTitle; self.planTask = planTask
        self.leadUnit = leadUnit; self.sector = sector; self.sectorIsField = sectorIsField
        self.defaultProfile = profile; self.defaultStartMonth = startMonth; self.defaultTownship = township
        self.fields = fields; self.reads = reads; self.readsVehicles = readsVehicles; self.effect = effect
    }

    /// Every baseline constant it may read: `reads` and its fields' defaults.
    public var constants: [ModelConstant] {
        reads + fields.compactMap { if case .parameter(let c) = $0.defaultValue { c } else { nil } }
    }

    /// Position of the field called `name` in `fields` (`count.<class>` is the vehicle-count field).
    public func fieldIndex(_ name: String) -> Int? {
        if name.hasPrefix("count.") { return fields.firstIndex { $0.kind == .vehicleCount } }
        return fields.firstIndex { $0.name == name }
    }

    /// The field spec with this name (`count.<class>` matches the vehicle-count spec).
    public func field(_ name: String) -> FieldSpec? {
        if name.hasPrefix("count.") { return fields.first { $0.kind == .vehicleCount } }
        return fields.first { $0.name == name }
    }
}

/// The common fields every measure may carry besides its lever's own.
public enum CommonField {
    public static let startMonth = "start_month"
    public static let profile = "profile"
    public static let township = "township"
    public static let sector = "sector"
    public static let note = "note"
    public static let lever = "lever"
    /// All of them; `sector` only where the lever allows it.
    public static let all = [startMonth, profile, township, sector, note]
}
