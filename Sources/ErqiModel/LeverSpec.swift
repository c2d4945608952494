/// How a field's default is found when a measure does not give it.
public enum FieldDefault: Equatable, Sendable {
    /// Zero: a sizing field starts empty.
    case zero
    /// The baseline (or assumed) value of this parameter key.
    case parameter(String)
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
    /// One line on the effect, for `help` and `show`.
    public var effect: String

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
