/// A horizontal bar chart's geometry: a label column, the bar area, a value column.
struct SVGBars {
    var width = 640.0
    var labelWidth = 190.0
    var valueWidth = 170.0
    var rowHeight = 22.0
    var top = 30.0
    var bottom = 26.0
    /// The value range the bar area spans.
    var low: Double
    var high: Double

    init(low: Double, high: Double) {
        let span = high - low
        self.low = low
        self.high = span > 0 && span.isFinite ? high : low + 1
    }

    var barLeft: Double { labelWidth }
    var barRight: Double { width - valueWidth }

    /// The x position of value `v`, kept within the bar area.
    func x(_ v: Double) -> Double {
        let t = (v - low) / (high - low)
        let clamped = t.isFinite ? min(max(t, 0), 1) : 0
        return barLeft + clamped * (barRight - barLeft)
    }

    func rowTop(_ i: Int) -> Double { top + Double(i) * rowHeight }

    func height(rows: Int) -> Double { top + Double(rows) * rowHeight + bottom }

    /// `<svg …>` opening tag with a viewBox for `rows` rows and an accessible title.
    func open(rows: Int, title: String) -> String {
        let h = height(rows: rows)
        return "<svg viewBox=\"0 0 \(ReportNumber.coord(width)) \(ReportNumber.coord(h))\" role=\"img\" aria-label=\"\(HTMLText.escape(title))\">"
            + "<title>\(HTMLText.escape(title))</title>"
    }

    /// A bar from `a` to `b` in row `i` with a CSS class.
    func bar(row i: Int, from a: Double, to b: Double, cls: String, inset: Double = 4) -> String {
        let x0 = x(min(a, b)), x1 = x(max(a, b))
        let y = rowTop(i) + inset
        return "<rect class=\"\(cls)\" x=\"\(ReportNumber.coord(x0))\" y=\"\(ReportNumber.coord(y))\" width=\"\(ReportNumber.coord(max(x1 - x0, 0.5)))\" height=\"\(ReportNumber.coord(rowHeight - 2 * inset))\"/>"
    }

    /// The row's label at the left (right-aligned against the bars).
    func label(row i: Int, _ text: String, cls: String? = nil) -> String {
        let c = cls.map { " class=\"\($0)\"" } ?? ""
        return "<text\(c) x=\"\(ReportNumber.coord(barLeft - 6))\" y=\"\(ReportNumber.coord(rowTop(i) + rowHeight * 0.68))\" text-anchor=\"end\">\(HTMLText.escape(text))</text>"
    }

    /// The row's value text at the right.
    func value(row i: Int, _ text: String) -> String {
        "<text x=\"\(ReportNumber.coord(barRight + 6))\" y=\"\(ReportNumber.coord(rowTop(i) + rowHeight * 0.68))\">\(HTMLText.escape(text))</text>"
    }

    /// A vertical line at value `v` over all rows, labelled above.
    func marker(at v: Double, rows: Int, cls: String, label: String) -> String {
        let xv = ReportNumber.coord(x(v))
        let y0 = top - 4, y1 = rowTop(rows) + 2
        var anchor = "middle"
        if x(v) > barRight - 60 { anchor = "end" } else if x(v) < barLeft + 60 { anchor = "start" }
        return "<line class=\"\(cls)\" x1=\"\(xv)\" y1=\"\(ReportNumber.coord(y0))\" x2=\"\(xv)\" y2=\"\(ReportNumber.coord(y1))\"/>"
            + "<text class=\"small\" x=\"\(xv)\" y=\"\(ReportNumber.coord(top - 10))\" text-anchor=\"\(anchor)\">\(HTMLText.escape(label))</text>"
    }

    /// The zero line (or the left edge) and tick labels under the bars.
    func axis(rows: Int, ticks: [Double], format: (Double) -> String) -> String {
        var s = ""
        let yBottom = rowTop(rows) + 2
        for t in ticks where t >= low - 1e-12 && t <= high + 1e-12 {
            let xt = ReportNumber.coord(x(t))
            s += "<line class=\"grid-line\" x1=\"\(xt)\" y1=\"\(ReportNumber.coord(top))\" x2=\"\(xt)\" y2=\"\(ReportNumber.coord(yBottom))\"/>"
            s += "<text class=\"small\" x=\"\(xt)\" y=\"\(ReportNumber.coord(yBottom + 14))\" text-anchor=\"middle\">\(HTMLText.escape(format(t)))</text>"
        }
        if low <= 0 && high >= 0 {
            let x0 = ReportNumber.coord(x(0))
            s += "<line class=\"axis\" x1=\"\(x0)\" y1=\"\(ReportNumber.coord(top))\" x2=\"\(x0)\" y2=\"\(ReportNumber.coord(yBottom))\"/>"
        }
        return s
    }

    /// At most six round ticks (1, 2 or 5 times a power of ten apart) between `low` and `high`.
    func ticks() -> [Double] {
        let span = high - low
        guard span > 0, span.isFinite else { return [low] }
        var power = 1.0
        while span / power > 10 { power *= 10 }
        while span / power < 1 { power /= 10 }
        let step = [1.0, 2, 5, 10].map { $0 * power }.first { span / $0 <= 5 } ?? power * 10
        var t = (low / step).rounded(.up) * step
        var out: [Double] = []
        while t <= high + step * 1e-9, out.count < 20 {
            out.append(abs(t) < step * 1e-9 ? 0 : t)
            t += step
        }
        return out
    }
}
