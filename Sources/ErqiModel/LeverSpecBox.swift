/// A lever's spec held by reference, so that the compiler reads it with one retain instead of
/// copying every string and array of the spec for each measure.
final class LeverSpecBox: Sendable {
    let spec: LeverSpec
    /// Position of the vehicle-count field (`count.<class>`) in `spec.fields`, if it has one.
    let vehicleField: Int?
    /// Each field whose default is a baseline constant: its position and the constant.
    let defaults: [(field: Int, constant: ModelConstant)]
    /// Each field's name (the vehicle-count field's never matches a name as written).
    let fieldNames: [String]
    /// Each field's upper bound, or infinity.
    let maxima: [Double]

    init(_ spec: LeverSpec) {
        self.spec = spec
        vehicleField = spec.fields.firstIndex { $0.kind == .vehicleCount }
        fieldNames = spec.fields.map { $0.kind == .vehicleCount ? "" : $0.name }
        maxima = spec.fields.map { if case .quantity(_, let maximum?) = $0.kind { maximum } else { .infinity } }
        defaults = spec.fields.enumerated().compactMap { i, f in
            if case .parameter(let c) = f.defaultValue { (i, c) } else { nil }
        }
    }

    /// `spec.fieldIndex(name)`, without testing every name for the `count.` prefix.
    func fieldIndex(_ name: String) -> Int? {
        if !name.isEmpty, let i = fieldNames.firstIndex(of: name) { return i }
        guard let v = vehicleField, name.utf8.first == UInt8(ascii: "c"), name.hasPrefix("count.") else { return nil }
        return v
    }

    /// Why `value` is not allowed in field `fi`, or nil: `FieldSpec.problem`, whose message is
    /// built only for a value that fails the quick test here.
    func problem(_ value: Double, field fi: Int) -> String? {
        let whole = fi != vehicleField || value == value.rounded()
        if value.isFinite && value >= 0 && value <= maxima[fi] && whole { return nil }
        return spec.fields[fi].problem(value)
    }

    /// The position of the lever's default profile in `layout`, or −1 when the baseline lacks it.
    func defaultProfile(in layout: ParameterLayout) -> Int {
        layout.profileNames.firstIndex(of: spec.defaultProfile) ?? -1
    }
}

extension LeverCatalog {
    /// `all`, boxed, in the same order (by `LeverKind.index`).
    static let boxes: [LeverSpecBox] = all.map(LeverSpecBox.init)
}

extension VehicleParameter {
    /// The numbers a vehicle measure reads for each of its classes (all but the yellow-label
    /// stock, which only the stock check reads), built once.
    static let perVehicle: [VehicleParameter] = allCases.filter { $0 != .yellowStock }
}
