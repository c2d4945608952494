import ErqiModel

/// The briefing as one self-contained HTML page: inline CSS and SVG, no script, nothing
/// fetched. A pure function of its input, so the same input gives the same bytes.
public enum HTMLReport {
    /// The whole page for `input`'s scenarios, side by side in the order given.
    public static func render(_ input: ReportInput) -> String {
        let names = input.scenarios.map(\.name).joined(separator: ", ")
        var h = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        h += "<meta name=\"generator\" content=\"erqi \(HTMLText.escape(input.provenance.erqiVersion))\">\n"
        h += "<title>二七区2015年节能降耗情景简报 Erqi 2015 scenario briefing: \(HTMLText.escape(names))</title>\n"
        h += "<style>\n\(ReportStyle.css)\n</style>\n</head>\n<body>\n"
        h += patterns
        h += header(input)
        h += ReportBarometer.section(input)
        h += ReportSections.verdicts(input)
        h += ReportActuals.section(input)
        h += figures(input, id: "intensity", title: "单位GDP能耗 2014 → 2015", english: "Energy intensity against the target",
                     legend: "tce per 10⁴ yuan of GDP (吨标准煤/万元). The axis does not start at zero: the differences are a few per cent.",
                     chart: ReportCharts.intensity)
        h += figures(input, id: "wedges", title: "节能措施楔形图", english: "What each measure saves against business as usual",
                     legend: "Bars: each measure's 2015 saving (tce), largest first; the last bar stacks them. Dashed line: the saving against BAU that meets the intensity goal. Hatched: a measure that adds energy.",
                     chart: ReportCharts.wedges)
        h += figures(input, id: "townships", title: "乡镇(街道)单位GDP能耗变化", english: "Intensity change of each township against its target",
                     legend: "✓ solid: target met; ✗ hatched: missed. In brackets: the margin in percentage points (negative = shortfall).",
                     chart: ReportCharts.townships)
        h += figures(input, id: "water", title: "水污染物总量与控制目标", english: "Water totals against their caps",
                     legend: "Each 2015 total as a share of its cap; hatched: over the cap.",
                     chart: ReportCharts.water)
        h += ReportSections.measures(input)
        h += ReportSections.differences(input)
        h += ReportSections.honesty(input)
        h += "</body>\n</html>\n"
        return h
    }

    /// Fill patterns shared by every chart (hatching tells a miss without colour).
    static let patterns = """
        <svg width="0" height="0" style="position:absolute" aria-hidden="true" focusable="false"><defs>\
        <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
        <rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#a4262c" stroke-width="2.5"/>\
        </pattern></defs></svg>

        """

    static func header(_ input: ReportInput) -> String {
        let p = input.provenance
        var s = "<header>\n<h1>二七区2015年节能降耗情景简报 <span class=\"en\">Erqi District 2015 energy-saving plan: scenario briefing</span></h1>\n"
        let list = input.scenarios.map { "<strong>\(HTMLText.escape($0.name))</strong> (<code>\(HTMLText.escape($0.file))</code>)" }
            .joined(separator: " · ")
        s += "<p class=\"meta\">情景 Scenarios: \(list)</p>\n"
        s += "<p class=\"meta\">基线 Baseline \(HTMLText.escape(input.baseline.id)) · erqi \(HTMLText.escape(p.erqiVersion)) · \(HTMLText.escape(p.date))</p>\n"
        return s + "</header>\n"
    }

    /// A section with one figure per scenario, side by side.
    static func figures(_ input: ReportInput, id: String, title: String, english: String, legend: String,
                        chart: (ScenarioResult) -> String) -> String {
        var s = "<section id=\"\(id)\">\n<h2>\(HTMLText.escape(title)) <span class=\"en\">\(HTMLText.escape(english))</span></h2>\n<div class=\"grid figures\">\n"
        for sc in input.scenarios {
            s += "<figure data-scenario=\"\(HTMLText.escape(sc.name))\">\n<figcaption>\(HTMLText.escape(sc.name))</figcaption>\n"
            s += chart(sc.result) + "\n</figure>\n"
        }
        return s + "</div>\n<p class=\"legend\">\(HTMLText.escape(legend))</p>\n</section>\n"
    }
}
