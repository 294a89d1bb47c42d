import Foundation

/// A maturity assessment as a radar chart: a self-contained SVG string rendered on the server.
///
/// One axis per dimension starting at the top and going clockwise, rings for levels 1–5, the project's
/// levels as a filled polygon. The viewBox is fixed so that pages can size the chart freely.
public enum MaturityRadar {
    static let width = 800.0
    static let height = 560.0
    static let centreX = 400.0
    static let centreY = 280.0
    static let radius = 170.0

    public static func svg(_ assessment: MaturityAssessment) -> String {
        let count = assessment.dimensions.count
        let title = "Security maturity of \(assessment.project): overall level \(assessment.overallLevel) of \(MaturityModel.maximumLevel)"
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-labelledby=\"radar-title\" font-family=\"sans-serif\" font-size=\"12\">\n"
        out += "<title id=\"radar-title\">\(ReportText.html(title))</title>\n"
        guard count > 0 else { return out + "</svg>\n" }
        for ring in 1...MaturityModel.maximumLevel {
            let points = (0..<count).map { point(axis: $0, of: count, level: Double(ring)) }
            out += "<polygon points=\"\(path(points))\" fill=\"none\" stroke=\"#d0d7de\" stroke-width=\"1\"/>\n"
        }
        for (index, dimension) in assessment.dimensions.enumerated() {
            let end = point(axis: index, of: count, level: Double(MaturityModel.maximumLevel))
            out += "<line x1=\"\(n(centreX))\" y1=\"\(n(centreY))\" x2=\"\(n(end.x))\" y2=\"\(n(end.y))\" stroke=\"#8c959f\" stroke-width=\"1\"/>\n"
            out += label(dimension, at: point(axis: index, of: count, level: Double(MaturityModel.maximumLevel) + 0.8))
        }
        for ring in 1...MaturityModel.maximumLevel {
            out += "<text x=\"\(n(centreX + 3))\" y=\"\(n(centreY - radius * Double(ring) / Double(MaturityModel.maximumLevel) - 2))\" font-size=\"9\" fill=\"#57606a\">\(ring)</text>\n"
        }
        let levels = assessment.dimensions.enumerated().map { point(axis: $0.offset, of: count, level: Double($0.element.level)) }
        out += "<polygon points=\"\(path(levels))\" fill=\"#0969da\" fill-opacity=\"0.25\" stroke=\"#0969da\" stroke-width=\"2\"/>\n"
        out += "</svg>\n"
        return out
    }

    /// The axis label, on two lines when long so that side labels stay inside the viewBox.
    static func label(_ dimension: DimensionAssessment, at position: (x: Double, y: Double)) -> String {
        let anchor = abs(position.x - centreX) < 1 ? "middle" : position.x < centreX ? "end" : "start"
        let lines = split(dimension.dimension.title + " (\(dimension.level))")
        let top = position.y + 4 - Double(lines.count - 1) * 7
        let spans = lines.enumerated().map { index, line in
            "<tspan x=\"\(n(position.x))\" y=\"\(n(top + Double(index) * 14))\">\(ReportText.html(line))</tspan>"
        }
        return "<text text-anchor=\"\(anchor)\">\(spans.joined())</text>\n"
    }

    /// Splits text longer than 18 characters at the space nearest its middle.
    static func split(_ text: String) -> [String] {
        guard text.count > 18 else { return [text] }
        let characters = Array(text)
        let middle = characters.count / 2
        let spaces = characters.indices.filter { characters[$0] == " " }
        guard let cut = spaces.min(by: { abs($0 - middle) < abs($1 - middle) }) else { return [text] }
        return [String(characters[..<cut]), String(characters[(cut + 1)...])]
    }

    static func point(axis: Int, of count: Int, level: Double) -> (x: Double, y: Double) {
        let angle = -Double.pi / 2 + 2 * Double.pi * Double(axis) / Double(count)
        let distance = radius * level / Double(MaturityModel.maximumLevel)
        return (centreX + distance * cos(angle), centreY + distance * sin(angle))
    }

    static func path(_ points: [(x: Double, y: Double)]) -> String {
        points.map { "\(n($0.x)),\(n($0.y))" }.joined(separator: " ")
    }

    /// One decimal, no exponent, no negative zero: stable text for golden comparisons.
    static func n(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }
}
