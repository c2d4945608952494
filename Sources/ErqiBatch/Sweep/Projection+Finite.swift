import ErqiModel

extension Projection {
    /// Whether every total, sector, fuel, pollutant and township output is finite: what a sweep
    /// shows and grades the goals by. Reads the projection's arrays in place (no allocation),
    /// so that each patched point can be checked at the cost of a few hundred comparisons.
    var outputsAreFinite: Bool {
        guard gdp2014.isFinite, gdp2015.isFinite, energy2014Tce.isFinite, energyBAU2015Tce.isFinite,
              energy2015Tce.isFinite, intensity2014.isFinite, intensity2015.isFinite, intensityChange.isFinite,
              allowedEnergyTce.isFinite, energyGapTce.isFinite, co2_2014.isFinite, co2_2015.isFinite,
              co2BAU2015.isFinite, pvGenerationMWh.isFinite, smokelessAreaKm2.isFinite,
              smokelessAreaByDeadlineKm2.isFinite, keyEnterprisesTce.isFinite else { return false }
        return Self.finite(energy2015) && Self.finite(valueAdded2015) && Self.finite(air2015) && Self.finite(water2015)
            && Self.finite(tceBySector) && Self.finite(tceByFuel) && Self.finite(measureTce) && Self.finite(measureCO2)
            && Self.finite(townshipEnergy2015) && Self.finite(townshipValueAdded2015)
            && Self.finite(townshipIntensityChange) && Self.finite(townshipEnergyGapTce)
    }

    private static func finite(_ values: [Double]) -> Bool {
        for v in values where !v.isFinite { return false }
        return true
    }

    /// The small figures by sector, pollutant or water kind are held inline; a lane the sets
    /// do not use stays 0, so every lane can be checked.
    private static func finite<V: SIMD>(_ values: V) -> Bool where V.Scalar == Double {
        for i in values.indices where !values[i].isFinite { return false }
        return true
    }
}
