import ErqiModel

/// The `options.pv_accounting` value shared by baselines and scenarios.
enum PVAccountingText {
    static let key = "pv_accounting"

    /// Reads `pv_accounting` from an options object.
    static func decode(_ options: ObjectReader, _ problems: inout Problems, required: Bool) -> PVAccounting? {
        guard let v = required ? options.required(key, &problems) : options.value(key) else { return nil }
        guard let s = Check.choice(v, path: options.path(key), PVAccounting.allCases.map(\.rawValue), &problems) else {
            return nil
        }
        return PVAccounting(rawValue: s)
    }
}
