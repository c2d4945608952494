import ErqiRender
/// One `--vary KEY=FROM:TO:STEP`: a measure field (`ID.FIELD`) or an assumption (a parameter
/// key) stepped from `from` to `to`, both ends included.
public struct SweepAxis: Equatable, Sendable {
    /// `ID.FIELD`, a parameter key, or an explicit `measures.…` / `assumptions.…` path.
    public var key: String
    public var from: Double
    public var to: Double
    public var step: Double
    /// Decimal places in the numbers as typed, to print grid values without binary noise.
    var decimals: Int

    /// Largest number of points on one axis.
    public static let maximumPoints = 1_000_000

    public init(key: String, from: Double, to: Double, step: Double) throws(BatchError) {
        self.key = key; self.from = from; self.to = to; self.step = step
        self.decimals = 15
        try check("\(key)=\(from):\(to):\(step)")
    }

    /// Parses `KEY=FROM:TO:STEP`.
    public static func parse(_ argument: String) throws(BatchError) -> SweepAxis {
        let usage = "expected KEY=FROM:TO:STEP (e.g. pv-mazhai.capacity_mw=0:20:2.5 or growth.industry=0.05:0.10:0.01)"
        guard let eq = argument.firstIndex(of: "="), eq != argument.startIndex else {
            throw BatchError("--vary \(argument): \(usage)")
        }
        let key = String(argument[..<eq])
        let parts = argument[argument.index(after: eq)...].split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 3 else { throw BatchError("--vary \(argument): \(usage)") }
        var numbers: [Double] = []
        for (name, part) in zip(["FROM", "TO", "STEP"], parts) {
            let text = part.trimmingCharacters(in: " ")
            guard let v = Double(text), v.isFinite else {
                throw BatchError("--vary \(argument): \(name) must be a plain number in the field's unit, got '\(part)'")
            }
            numbers.append(v)
        }
        var axis = SweepAxis(unchecked: key, numbers[0], numbers[1], numbers[2])
        axis.decimals = parts.map { decimalPlaces(String($0)) }.max() ?? 15
        try axis.check("--vary \(argument)")
        return axis
    }

    init(unchecked key: String, _ from: Double, _ to: Double, _ step: Double) {
        self.key = key; self.from = from; self.to = to; self.step = step; self.decimals = 15
    }

    func check(_ label: String) throws(BatchError) {
        guard step > 0 else { throw BatchError("\(label): STEP must be greater than 0, got \(NumberFormat.full(step))") }
        guard from <= to else {
            throw BatchError("\(label): FROM (\(NumberFormat.full(from))) is greater than TO (\(NumberFormat.full(to))); write the smaller value first")
        }
        let steps = (to - from) / step
        guard steps.rounded() + 1 <= Double(Self.maximumPoints) else {
            throw BatchError("\(label): \(NumberFormat.full(steps.rounded() + 1)) points; at most \(Self.maximumPoints) per axis")
        }
        if abs(steps - steps.rounded()) > 1e-6 * max(1, steps) {
            let n = max(1, steps.rounded(.down))
            throw BatchError("\(label): STEP \(NumberFormat.full(step)) does not divide \(NumberFormat.full(from))…\(NumberFormat.full(to)) "
                + "into whole steps (\(NumberFormat.fixed(steps, decimals: 3, grouping: false)) steps), so TO would be left out; "
                + "try STEP \(NumberFormat.full((to - from) / n)) or TO \(NumberFormat.full(from + n * step))")
        }
    }

    /// Number of points: `round((to − from) / step) + 1`.
    public var count: Int { Int(((to - from) / step).rounded()) + 1 }

    /// The i-th value, `from + i · step` (the last one exactly `to`), rounded to the places typed.
    public func value(_ i: Int) -> Double {
        if i == count - 1 { return to }
        let v = from + Double(i) * step
        guard decimals <= 12 else { return v }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        return (v * scale).rounded() / scale
    }

    /// Every value of the axis.
    public var values: [Double] { (0..<count).map(value) }

    /// Digits after the decimal point in a number as typed (15 for exponent notation).
    static func decimalPlaces(_ text: String) -> Int {
        if text.contains("e") || text.contains("E") { return 15 }
        guard let dot = text.firstIndex(of: ".") else { return 0 }
        return text[text.index(after: dot)...].filter(\.isNumber).count
    }
}

extension Substring {
    func trimmingCharacters(in set: Character) -> String {
        var s = self
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return String(s)
    }
}
