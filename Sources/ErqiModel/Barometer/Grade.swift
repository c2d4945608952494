/// A goal's grade on the barometer (晴雨表): on track, warning or off track.
public enum Grade: String, CaseIterable, Sendable {
    case green, yellow, red

    /// The grade of margin `m` (positive when the goal is met, in the goal's unit) against band
    /// `b` ≥ 0: green when m ≥ b, red when m ≤ −b, yellow in between.
    public static func of(margin m: Double, band b: Double) -> Grade {
        if m >= b { return .green }
        if m <= -b { return .red }
        return .yellow
    }

    /// 绿, 黄 or 红.
    public var chinese: String {
        switch self {
        case .green: "绿"
        case .yellow: "黄"
        case .red: "红"
        }
    }

    /// What the grade means.
    public var meaning: String {
        switch self {
        case .green: "on track"
        case .yellow: "warning"
        case .red: "off track"
        }
    }

    /// `绿 green`: the words, so that the grade reads without colour and in print.
    public var label: String { "\(chinese) \(rawValue)" }
}
