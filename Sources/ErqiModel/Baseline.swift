/// Where a baseline figure comes from.
public struct Source: Equatable, Sendable {
    public var id: String
    public var title: String
    public var url: String?
    /// A (primary) … E (estimate), as in the reference data.
    public var confidence: String
    public var note: String?

    public init(id: String, title: String, url: String? = nil, confidence: String, note: String? = nil) {
        self.id = id; self.title = title; self.url = url; self.confidence = confidence; self.note = note
    }
}

/// One of the 17 townships and subdistricts of the plan's annex.
public struct Township: Equatable, Sendable {
    public var id: String
    /// Chinese name, e.g. 马寨镇.
    public var name: String
    /// Intensity change target, e.g. −0.02.
    public var target: Double

    public init(id: String, name: String, target: Double) {
        self.id = id; self.name = name; self.target = target
    }
}

/// A class of road vehicles with its fuel (gasoline or diesel).
public struct VehicleClass: Equatable, Sendable {
    public var id: String
    public var name: String
    public var fuel: Fuel

    public init(id: String, name: String, fuel: Fuel) {
        self.id = id; self.name = name; self.fuel = fuel
    }
}

/// A named number of the baseline with its unit and provenance.
public struct Parameter: Equatable, Sendable {
    public var key: String
    public var value: Double
    public var unit: String
    /// A source id from `Baseline.sources`, or `estimate`.
    public var source: String
    /// For an estimate, how it was derived.
    public var note: String?
    /// How far the true value may lie from `value` (ANALYSIS.md §2), or nil when taken as exact.
    public var uncertainty: Uncertainty?

    public init(key: String, value: Double, unit: String, source: String, note: String? = nil,
                uncertainty: Uncertainty? = nil) {
        self.key = key; self.value = value; self.unit = unit; self.source = source; self.note = note
        self.uncertainty = uncertainty
    }

    /// True when no document states this number.
    public var isEstimate: Bool { source == "estimate" }
}

/// The 2014 baseline: every number the model reads, with sources.
public struct Baseline: Equatable, Sendable {
    public var id: String
    public var title: String
    public var baseYear: Int
    public var targetYear: Int
    public var sources: [Source]
    public var townships: [Township] { didSet { reindex() } }
    public var vehicleClasses: [VehicleClass] { didSet { reindex() } }
    public var pvAccounting: PVAccounting
    /// Every parameter, in file order.
    public var parameters: [Parameter] { didSet { positions = Self.positions(of: parameters); reindex() } }
    /// Position of each key in `parameters` (the first, if a key repeats), built once.
    private var positions: [String: Int]
    /// The parameters the model reads, resolved to slots once per baseline (rebuilt when the
    /// parameters, townships or vehicle classes change) and shared by every compile.
    public private(set) var index: BaselineIndex

    public init(id: String, title: String, baseYear: Int = 2014, targetYear: Int = 2015,
                sources: [Source], townships: [Township], vehicleClasses: [VehicleClass],
                pvAccounting: PVAccounting = .offset, parameters: [Parameter]) {
        self.id = id; self.title = title; self.baseYear = baseYear; self.targetYear = targetYear
        self.sources = sources; self.townships = townships; self.vehicleClasses = vehicleClasses
        self.pvAccounting = pvAccounting; self.parameters = parameters
        let positions = Self.positions(of: parameters)
        self.positions = positions
        self.index = Self.makeIndex(townships, vehicleClasses, parameters, positions)
    }

    private mutating func reindex() { index = Self.makeIndex(townships, vehicleClasses, parameters, positions) }

    private static func makeIndex(_ townships: [Township], _ vehicleClasses: [VehicleClass], _ parameters: [Parameter],
                                  _ positions: [String: Int]) -> BaselineIndex {
        BaselineIndex(townships: townships, vehicleClasses: vehicleClasses, profileNames: profileNames(parameters)) {
            positions[$0].map { parameters[$0].value }
        }
    }

    /// Equal when every field is; the index follows from them.
    public static func == (a: Baseline, b: Baseline) -> Bool {
        a.id == b.id && a.title == b.title && a.baseYear == b.baseYear && a.targetYear == b.targetYear
            && a.sources == b.sources && a.townships == b.townships && a.vehicleClasses == b.vehicleClasses
            && a.pvAccounting == b.pvAccounting && a.parameters == b.parameters
    }

    static func positions(of parameters: [Parameter]) -> [String: Int] {
        var d: [String: Int] = [:]
        d.reserveCapacity(parameters.count)
        for (i, p) in parameters.enumerated() where d[p.key] == nil { d[p.key] = i }
        return d
    }

    /// The parameter with this key, or nil.
    public func parameter(_ key: String) -> Parameter? {
        positions[key].map { parameters[$0] }
    }

    /// The position in `parameters` of the (first) parameter with this key, or nil.
    public func position(of key: String) -> Int? { positions[key] }

    /// The value of the parameter with this key, or nil.
    public func value(_ key: String) -> Double? {
        positions[key].map { parameters[$0].value }
    }

    /// Every parameter key.
    public var keys: Dictionary<String, Int>.Keys { positions.keys }

    /// Parameter values by key.
    public var values: [String: Double] {
        var d: [String: Double] = [:]
        d.reserveCapacity(parameters.count)
        for p in parameters { d[p.key] = p.value }
        return d
    }

    /// Names of the load profiles defined by `profile.<name>.m01…m12`.
    public var profileNames: [String] { Self.profileNames(parameters) }

    static func profileNames(_ parameters: [Parameter]) -> [String] {
        var names: [String] = []
        for p in parameters where p.key.hasPrefix("profile.") && p.key.hasSuffix(".m01") {
            let parts = p.key.split(separator: ".")
            if parts.count == 3 { names.append(String(parts[1])) }
        }
        return names.sorted()
    }

    /// Index of the township with this id, or nil.
    public func townshipIndex(_ id: String) -> Int? { townships.firstIndex { $0.id == id } }

    /// Index of the vehicle class with this id, or nil.
    public func vehicleClassIndex(_ id: String) -> Int? { vehicleClasses.firstIndex { $0.id == id } }
}
