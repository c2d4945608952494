/// The unit conversions baseline import applies: within standard coal equivalent (tce, 万tce)
/// and within electricity (kWh, MWh, 万kWh, GWh). Any other unit difference is an error.
public enum UnitConversion {
    /// Each known unit with its dimension and its size in that dimension's smallest unit.
    static let units: [String: (dimension: String, size: Double)] = [
        "tce": ("coal equivalent", 1), "万tce": ("coal equivalent", 10_000),
        "kWh": ("electricity", 1), "MWh": ("electricity", 1_000), "万kWh": ("electricity", 10_000),
        "GWh": ("electricity", 1_000_000),
    ]

    /// The factor that turns a value in `from` into one in `to` (1 when they are equal), or nil
    /// when erqi knows no conversion between them.
    public static func factor(from: String, to: String) -> Double? {
        if from == to { return 1 }
        guard let a = units[from], let b = units[to], a.dimension == b.dimension else { return nil }
        return a.size / b.size
    }
}
