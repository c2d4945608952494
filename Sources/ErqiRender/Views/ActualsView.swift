public import ErqiModel

/// The table of a result's year-to-date figures: per sector, the figure, the model's year to
/// date, the surprise ratio, the projected year, the model's year and the surprise.
public enum ActualsView {
    public static func table(_ a: ActualsResult) -> Table {
        var rows: [[Cell]] = []
        for l in a.energy {
            rows.append([.text("energy"), .text(l.sector), .number(l.actual, decimals: 0), .number(l.modelYearToDate, decimals: 0),
                         .number(l.ratio, decimals: 4), .number(l.projected, decimals: 0), .number(l.model, decimals: 0),
                         .number(l.surprise, decimals: 0), .text("tce")])
        }
        for l in a.valueAdded {
            rows.append([.text("value added"), .text(l.sector), .number(l.actual, decimals: 0), .number(l.modelYearToDate, decimals: 0),
                         .number(l.ratio, decimals: 4), .number(l.projected, decimals: 0), .number(l.model, decimals: 0),
                         .number(l.surprise, decimals: 0), .text("万元")])
        }
        return Table(title: "Year to date through month \(a.throughMonth): each sector's 2015 projected from its figure",
                     columns: [Column("figure"), Column("sector"), Column("actual", "Jan–k", right: true),
                               Column("model_ytd", "model Jan–k", right: true), Column("ratio", right: true),
                               Column("projected", "2015 projected", right: true), Column("model", "2015 model", right: true),
                               Column("surprise", right: true), Column("unit")],
                     rows: rows)
    }
}
