/// Collects every problem found while decoding one file, so that all are reported at once.
struct Problems {
    let file: String
    private(set) var errors: [FileError] = []

    init(file: String) { self.file = file }

    var isEmpty: Bool { errors.isEmpty }

    mutating func add(_ path: String, _ message: String) {
        errors.append(FileError(file: file, path: path, message: message))
    }

    /// Throws everything collected, if anything.
    func throwIfAny() throws(FileErrors) {
        if !errors.isEmpty { throw FileErrors(errors) }
    }
}

/// JSON path building: `measures.pv-mazhai.capacity_mw`, `parameters[3].unit`.
enum JSONPath {
    static func key(_ base: String, _ key: String) -> String { base.isEmpty ? key : base + "." + key }
    static func index(_ base: String, _ i: Int) -> String { base + "[\(i)]" }
}
