import ErqiModel
import Testing

/// The year-to-date arithmetic against figures worked by hand.
@Suite struct YearToDateTests {
    @Test func sharesOfTheYear() {
        #expect(YearToDate.bauShare(weights: [], throughMonth: 6) == 0.5)
        let heating: [Double] = [31, 28, 15, 0, 0, 0, 0, 0, 0, 0, 15, 31]
        #expect(YearToDate.bauShare(weights: heating, throughMonth: 6) == 74.0 / 120.0)
        // Started in March, flat: March to June of March to December.
        #expect(YearToDate.measureShare(weights: [], startMonth: 3, throughMonth: 6) == 0.4)
        #expect(YearToDate.measureShare(weights: [], startMonth: 9, throughMonth: 6) == 0)
        #expect(YearToDate.measureShare(weights: [], startMonth: 13, throughMonth: 11) == 0)
        #expect(YearToDate.measureShare(weights: [], startMonth: 6, throughMonth: 6) == 1.0 / 7.0)
    }

    /// One sector, k = 6, business as usual 1,200 tce (flat), a measure of −120 tce starting in
    /// September and one of −100 tce that started in March; 588 tce counted January–June.
    ///   W = 6/12 = 0.5; F(September) = 0; F(March) = 4/10 = 0.4
    ///   M = 1200·0.5 − 120·0 − 100·0.4 = 560; r = 588 / 560 = 1.05
    ///   T = 588 + 1.05·1200·0.5 − 120·1 − 100·0.6 = 588 + 630 − 120 − 60 = 1038
    ///   model 1200 − 220 = 980; surprise 58
    @Test func handWorkedProjection() throws {
        let p = try #require(YearToDate.project(
            actual: 588, bau: 1200, bauWeights: [],
            measures: [.init(change: -120, startMonth: 9), .init(change: -100, startMonth: 3)], throughMonth: 6))
        #expect(p.modelYearToDate == 560)
        #expect(abs(p.ratio - 1.05) < 1e-12)
        #expect(abs(p.projected - 1038) < 1e-9)
        #expect(p.model == 980)
        #expect(abs(p.surprise - 58) < 1e-9)
    }

    /// A figure equal to the model's year to date leaves the year exactly as the model has it.
    @Test func ratioOneReproducesTheModelExactly() throws {
        let heating: [Double] = [31, 28, 15, 0, 0, 0, 0, 0, 0, 0, 15, 31]
        let measures: [YearToDate.MeasureChange] = [.init(change: -1234.5, startMonth: 3, weights: heating),
                                                    .init(change: -77.25, startMonth: 9), .init(change: 10, startMonth: 13)]
        for k in 1...11 {
            let model = try #require(YearToDate.project(actual: 1, bau: 98765.4, bauWeights: heating, measures: measures, throughMonth: k))
            let same = try #require(YearToDate.project(actual: model.modelYearToDate, bau: 98765.4, bauWeights: heating,
                                                       measures: measures, throughMonth: k))
            #expect(same.ratio == 1)
            #expect(same.projected == same.model, "k = \(k)")
        }
    }

    @Test func aSectorWithNothingSoFarCannotTakeAFigure() {
        #expect(YearToDate.project(actual: 5, bau: 0, bauWeights: [], measures: [], throughMonth: 6) == nil)
    }
}
