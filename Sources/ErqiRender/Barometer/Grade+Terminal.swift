public import ErqiModel

extension Grade {
    /// The ANSI colour sequence a terminal shows the grade in.
    public var ansiColour: String {
        switch self {
        case .green: "\u{1B}[32m"
        case .yellow: "\u{1B}[33m"
        case .red: "\u{1B}[31m"
        }
    }
}
