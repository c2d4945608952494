import ErqiFiles

extension RunJob {
    /// Refuses `--output` naming a file the run reads (a scenario or the baseline): writing it
    /// would destroy an input. Compared by file identity, so links and `./` spellings count.
    static func refuseOverwritingInput(output: String?, scenarios: [String], baselinePath: String?) throws(BatchError) {
        guard let output else { return }
        let inputs = scenarios + (baselinePath.map { [$0] } ?? [])
        if let input = FileIdentity.overwrittenInput(output: output, inputs: inputs) {
            throw BatchError("run: --output \(output) is the input \(input); refusing to overwrite an input")
        }
    }
}
