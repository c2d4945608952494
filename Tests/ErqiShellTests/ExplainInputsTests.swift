import ErqiModel
import Testing
@testable import ErqiShell

/// `explain` and the engine read one description of each lever's inputs (LeverSpec): every
/// lever constant a derivation reads is one the lever declares, and every one it declares is
/// read, so that a lever's inputs are written in one place.
@Suite struct ExplainInputsTests {
    @Test(arguments: LeverKind.allCases)
    func aDerivationReadsExactlyTheConstantsItsLeverDeclares(lever: LeverKind) throws {
        let shell = Fixtures.shell()
        shell.run("add \(lever.id) as m")
        let spec = lever.spec
        // Give every numeric field a size, vehicle levers a count, so that every branch runs.
        for field in spec.fields {
            switch field.kind {
            case .vehicleCount: shell.run("set m.count.bus 1")
            case .quantity(_, let maximum): if case .zero = field.defaultValue { shell.run("set m.\(field.name) \(maximum == nil ? 0.5 : 0.01)") }
            }
        }
        let session = shell.session
        var book = ParameterBook(baseline: session.baseline, scenario: session.scenario)
        _ = Explainer.derive(0, scenario: session.scenario, baseline: session.baseline, &book)
        // The water drivers of business as usual are BAU quantities, not lever inputs.
        let read = Set(book.used.compactMap(ModelConstant.init(key:))).subtracting([.growthPopulation, .driftWaterIndustrial])
        let declared = Set(spec.constants)
        #expect(read == declared, "\(lever.id): reads \(read.map(\.key).sorted()), declares \(declared.map(\.key).sorted())")
    }
}
