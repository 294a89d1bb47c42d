import Foundation
import WardStore

/// New versus fixed findings per week, drawn by the server as SVG so the page needs no script.
/// The chart names itself (`<title>`, `<desc>`) and is followed by the same figures as a table.
struct WeeklyChart {
    var weeks: [DashboardStats.Week]
    /// Distinguishes several charts' ids on one page.
    var id: String = "trend"

    private let width = 720.0, height = 260.0
    private let left = 44.0, right = 12.0, top = 16.0, bottom = 40.0

    var html: String {
        let newTotal = weeks.map(\.new).reduce(0, +), fixedTotal = weeks.map(\.fixed).reduce(0, +)
        let summary = "\(newTotal) new and \(fixedTotal) fixed findings over the \(weeks.count) weeks from \(weeks.first.map { $0.start.day } ?? "—")."
        return """
            <figure class="trend">\(svg(summary: summary))
            <figcaption class="legend"><span><span class="swatch new"></span>New</span><span><span class="swatch fixed"></span>Fixed</span></figcaption>
            <details><summary>Figures as a table</summary>\(table)</details></figure>
            """
    }

    private func svg(summary: String) -> String {
        let maxValue = max(1, weeks.map { max($0.new, $0.fixed) }.max() ?? 1)
        let step = Self.niceStep(maxValue)
        let top = Double(((maxValue + step - 1) / step) * step)
        let plotWidth = width - left - right, plotHeight = height - self.top - bottom
        let slot = plotWidth / Double(max(1, weeks.count))
        let bar = max(2, min(18, slot * 0.35))
        var parts: [String] = []
        var tick = 0
        while Double(tick) <= top {
            let y = self.top + plotHeight - Double(tick) / top * plotHeight
            parts.append("<line class=\"grid\" x1=\"\(f(left))\" y1=\"\(f(y))\" x2=\"\(f(width - right))\" y2=\"\(f(y))\"/>")
            parts.append("<text x=\"\(f(left - 6))\" y=\"\(f(y + 4))\" text-anchor=\"end\">\(tick)</text>")
            tick += step
        }
        for (index, week) in weeks.enumerated() {
            let x = left + slot * Double(index) + slot / 2
            for (value, offset, kind) in [(week.new, -bar, "new"), (week.fixed, 0.0, "fixed")] {
                let h = Double(value) / top * plotHeight
                parts.append("""
                    <rect class="bar-\(kind)" x="\(f(x + offset))" y="\(f(self.top + plotHeight - h))" width="\(f(bar))" height="\(f(h))">\
                    <title>Week of \(week.start.day): \(value) \(kind)</title></rect>
                    """)
            }
            if weeks.count <= 16 || index % 2 == 0 {
                let label = String(week.start.day.dropFirst(5))
                parts.append("<text x=\"\(f(x))\" y=\"\(f(height - bottom + 16))\" text-anchor=\"middle\">\(label)</text>")
            }
        }
        parts.append("<line class=\"axis\" x1=\"\(f(left))\" y1=\"\(f(self.top + plotHeight))\" x2=\"\(f(width - right))\" y2=\"\(f(self.top + plotHeight))\"/>")
        parts.append("<line class=\"axis\" x1=\"\(f(left))\" y1=\"\(f(self.top))\" x2=\"\(f(left))\" y2=\"\(f(self.top + plotHeight))\"/>")
        parts.append("<text x=\"\(f(left + plotWidth / 2))\" y=\"\(f(height - 6))\" text-anchor=\"middle\">Week starting (UTC)</text>")
        parts.append("<text x=\"12\" y=\"\(f(self.top + plotHeight / 2))\" text-anchor=\"middle\" transform=\"rotate(-90 12 \(f(self.top + plotHeight / 2)))\">Findings</text>")
        return """
            <svg class="chart" viewBox="0 0 \(f(width)) \(f(height))" role="img" aria-labelledby="\(id)-title \(id)-desc" xmlns="http://www.w3.org/2000/svg">\
            <title id="\(id)-title">New versus fixed findings per week</title><desc id="\(id)-desc">\(HTML.escape(summary))</desc>\
            \(parts.joined())</svg>
            """
    }

    private var table: String {
        HTML.table(["Week starting", "New", "Fixed"], weeks.map { week in
            "<tr><td>\(week.start.day)</td><td class=\"num\">\(week.new)</td><td class=\"num\">\(week.fixed)</td></tr>"
        }, empty: "No weeks.")
    }

    /// A tick step that gives at most about five grid lines.
    static func niceStep(_ maxValue: Int) -> Int {
        for step in [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10_000] where maxValue / step <= 5 { return step }
        return max(1, maxValue / 5)
    }

    private func f(_ value: Double) -> String { String(format: "%.1f", value) }
}
