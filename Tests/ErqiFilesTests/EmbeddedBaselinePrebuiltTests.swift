import ErqiFiles
import ErqiModel
import Testing

/// The embedded baseline exists twice in the binary: as the seed's JSON text and as generated
/// Swift that builds the decoded baseline (EmbeddedBaseline+Prebuilt.swift), which start-up uses.
/// These tests hold the two to the same baseline, down to the bits of every number.
@Suite struct EmbeddedBaselinePrebuiltTests {
    static let decoded: Baseline? = try? BaselineCodec.decode(EmbeddedBaseline.json, file: "embedded")

    @Test func theStoreHandsOutThePrebuiltBaseline() throws {
        #expect(try BaselineStore.embedded() == EmbeddedBaseline.prebuilt())
    }

    @Test func prebuiltEqualsTheDecodedJSON() throws {
        let decoded = try #require(Self.decoded)
        let built = EmbeddedBaseline.prebuilt()
        #expect(built == decoded)
        #expect(built.id == decoded.id && built.title == decoded.title)
        #expect(built.baseYear == decoded.baseYear && built.targetYear == decoded.targetYear)
        #expect(built.pvAccounting == decoded.pvAccounting)
        #expect(built.sources == decoded.sources)
        #expect(built.vehicleClasses == decoded.vehicleClasses)
        #expect(built.townships.map(\.id) == decoded.townships.map(\.id))
        #expect(built.townships.map(\.name) == decoded.townships.map(\.name))
        #expect(built.townships.map(\.target.bitPattern) == decoded.townships.map(\.target.bitPattern))
        #expect(built.profileNames == decoded.profileNames)
    }

    /// `==` on Double treats 0.0 and -0.0 alike; the bits do not.
    @Test func everyParameterMatchesBitForBit() throws {
        let decoded = try #require(Self.decoded)
        let built = EmbeddedBaseline.prebuilt()
        try #require(built.parameters.count == decoded.parameters.count)
        #expect(built.parameters.count > 100)
        for (b, d) in zip(built.parameters, decoded.parameters) {
            #expect(b.key == d.key)
            #expect(b.value.bitPattern == d.value.bitPattern, "\(d.key): \(b.value) vs \(d.value)")
            #expect(b.unit == d.unit && b.source == d.source && b.note == d.note, "\(d.key)")
            #expect(b.uncertainty == d.uncertainty, "\(d.key)")
            #expect(bits(b.uncertainty) == bits(d.uncertainty), "\(d.key)")
        }
    }

    /// Both forms resolve the model's parameters to the same slots and values.
    @Test func theIndexIsTheSame() throws {
        let decoded = try #require(Self.decoded)
        let built = EmbeddedBaseline.prebuilt()
        for key in decoded.keys {
            #expect(built.value(key)?.bitPattern == decoded.value(key)?.bitPattern, "\(key)")
        }
        #expect(built.validate().isEmpty)
    }

    /// Every number of an uncertainty as bits, with its relative flag.
    private func bits(_ u: Uncertainty?) -> [UInt64] {
        guard let u else { return [] }
        var out: [UInt64] = [u.relative ? 1 : 0]
        func put(_ x: Double?) { out.append(x.map(\.bitPattern) ?? 0xFFFF_FFFF_FFFF_FFFF) }
        switch u.distribution {
        case .uniform(let low, let high): put(low); put(high)
        case .triangular(let low, let mode, let high): put(low); put(mode); put(high)
        case .normal(let mean, let sd, let low, let high): put(mean); put(sd); put(low); put(high)
        case .discrete(let values, let weights):
            for v in values { put(v) }
            out.append(UInt64(weights?.count ?? 0))
            for w in weights ?? [] { put(w) }
        }
        return out
    }
}
