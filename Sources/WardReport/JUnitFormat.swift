import WardCore

/// JUnit XML as GitLab, Jenkins and Azure Pipelines display it: one `<testsuite name="ward">` in a
/// `<testsuites>` root, one failed `<testcase>` per finding, or a single passing test case when the
/// scan found nothing. Warnings go to the suite's `<system-err>`.
public struct JUnitFormat: ReportFormat {
    public var name: ReportFormatName { .junit }

    public init() {}

    public func render(_ report: ScanReport) throws -> [UInt8] {
        let count = max(report.findings.count, 1)
        let failures = report.findings.count
        let time = Formatting.fixed(report.statistics.durationSeconds, places: 3)
        let counts = "tests=\"\(count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\" time=\"\(time)\""
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"ward\" \(counts)>\n"
        xml += "  <testsuite name=\"ward\" \(counts) timestamp=\"\(Formatting.plainUTC(report.startedAt))\">\n"
        xml += "    <properties>\n"
        for (name, value) in Self.properties(of: report) {
            xml += "      <property name=\"\(XML.attribute(name))\" value=\"\(XML.attribute(value))\"/>\n"
        }
        xml += "    </properties>\n"
        if report.findings.isEmpty {
            xml += "    <testcase classname=\"ward\" name=\"no findings\" time=\"0\"/>\n"
        }
        for finding in report.findings {
            xml += Self.testCase(for: finding)
        }
        if !report.warnings.isEmpty {
            let text = report.warnings.map { "warning: " + TableFormat.describe($0) }.joined(separator: "\n")
            xml += "    <system-err>\(XML.text(text))</system-err>\n"
        }
        xml += "  </testsuite>\n</testsuites>\n"
        return Array(xml.utf8)
    }

    private static func properties(of report: ScanReport) -> [(String, String)] {
        var properties = [
            ("ward.version", report.tool.version), ("target.mode", report.target.mode.rawValue),
            ("target.root", report.target.root),
        ]
        if let revisions = report.target.revisions { properties.append(("target.revisions", revisions)) }
        properties.append(("files.scanned", String(report.statistics.filesScanned)))
        return properties
    }

    private static func testCase(for finding: Finding) -> String {
        var name = finding.ruleId
        if let line = finding.location?.startLine { name += " at line \(line)" }
        if let commit = finding.commit { name += " in commit \(commit.commit.prefix(12))" }
        let classname = finding.location?.path ?? "(no file)"
        let message = "\(finding.severity.rawValue.uppercased()): \(finding.title)"
        var xml = "    <testcase classname=\"\(XML.attribute(classname))\" name=\"\(XML.attribute(name))\" time=\"0\">\n"
        xml += "      <failure message=\"\(XML.attribute(message))\" type=\"\(XML.attribute(finding.ruleId))\">"
        xml += XML.text(details(of: finding)) + "</failure>\n"
        xml += "    </testcase>\n"
        return xml
    }

    /// The failure body: what a reviewer needs without opening another report.
    private static func details(of finding: Finding) -> String {
        var lines = [finding.message, "", "Rule: \(finding.ruleId) (\(finding.severity.rawValue), \(finding.confidence.rawValue) confidence)"]
        if let location = finding.location {
            lines.append("Location: \(location.path):\(location.startLine):\(location.startColumn)")
            if let snippet = location.snippet { lines.append("Snippet: \(snippet)") }
        }
        if let secret = finding.secret { lines.append("Secret: \(secret.redacted) (sha256 \(secret.sha256))") }
        if let commit = finding.commit {
            lines.append("Commit: \(commit.commit) by \(commit.author) <\(commit.email)> on \(commit.date)")
        }
        if let component = finding.component { lines.append("Component: \(component.purl)") }
        if let advisory = finding.advisory {
            lines.append("Advisory: " + ([advisory.id] + advisory.aliases).joined(separator: ", "))
            lines.append("Fixed in: " + (advisory.fixedVersions.first ?? "no fixed version published"))
        }
        if let analysis = finding.analysis {
            lines.append("VEX: \(analysis.state.rawValue)" + (analysis.justification.map { " (\($0))" } ?? "") + (analysis.source.map { " from \($0)" } ?? ""))
        }
        if !finding.cwe.isEmpty { lines.append("CWE: " + finding.cwe.map { "CWE-\($0)" }.joined(separator: ", ")) }
        if let remediation = finding.remediation { lines.append("Remediation: \(remediation)") }
        lines.append("Fingerprint: \(finding.fingerprint)")
        return lines.joined(separator: "\n")
    }
}

/// XML 1.0 escaping for text people read in CI web pages: control characters and bidi overrides are
/// first made visible (`Formatting.visibleControls`), then anything XML 1.0 still cannot carry
/// (U+FFFE, U+FFFF) is dropped, since no escape makes it legal.
enum XML {
    /// Character data: `&`, `<`, `>` escaped, CR kept as `&#13;` so parsers do not fold it away.
    static func text(_ value: String) -> String {
        escape(Formatting.visibleControls(value, keepingLineBreaks: true), inAttribute: false)
    }

    /// An attribute value in double quotes: quotes escaped too, line breaks shown as `\\x0a`, and
    /// tab as a character reference so attribute-value normalisation keeps it.
    static func attribute(_ value: String) -> String { escape(Formatting.visibleControls(value), inAttribute: true) }

    private static func escape(_ value: String, inAttribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where inAttribute: out += "&quot;"
            case "'" where inAttribute: out += "&apos;"
            case "\t" where inAttribute: out += "&#9;"
            case "\n" where inAttribute: out += "&#10;"
            case "\r": out += "&#13;"
            default:
                if isAllowed(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x00...0x1F: false
        case 0xFFFE, 0xFFFF: false
        default: true
        }
    }
}
