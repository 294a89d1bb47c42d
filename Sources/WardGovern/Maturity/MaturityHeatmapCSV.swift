import WardCore
/// Maturity of many projects as CSV, one row per project and one column per dimension, for heatmaps.
///
/// Cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage
/// return) are prefixed with `'`, because project names come from users.
public enum MaturityHeatmapCSV {
    public static func render(_ assessments: [MaturityAssessment]) -> String {
        var rows = [["project"] + MaturityDimension.allCases.map(\.rawValue) + ["overall"]]
        for assessment in assessments.sorted(by: { $0.project < $1.project }) {
            rows.append([assessment.project] + MaturityDimension.allCases.map { String(assessment.level($0)) } + [String(assessment.overallLevel)])
        }
        return rows.map(CSVCell.row).joined()
    }
}
